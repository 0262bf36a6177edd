import SparkbookUtilities

/// Java's `java.util.Formatter` (Locale.US), which Spark's `format_string`/`printf` call with the row's values:
/// `%[index$][flags][width][.precision]conversion` for the conversions `b s c d o x e f g a % n` (upper-case
/// forms upper-case the text). Floating-point digits come from Java's `Double.toString` digits rounded half up,
/// as Java's `FormattedFloatingDecimal` rounds them (`%.1f` of 0.25 is `0.3`). A conversion that does not fit
/// its argument is Java's `IllegalFormatConversionException`, as Spark reports it.
enum JavaFormatter {
    struct Specifier {
        var index: Int?
        var flags: Set<Character> = []
        var width: Int?
        var precision: Int?
        var conversion: Character
        var upper: Bool { conversion.isUppercase }
    }

    static func format(_ pattern: String, _ arguments: [Value]) throws -> String {
        var out = ""
        let chars = Array(pattern)
        var i = 0
        var ordinary = 0
        var last: Int?
        while i < chars.count {
            guard chars[i] == "%" else { out.append(chars[i]); i += 1; continue }
            let (spec, next) = try parse(chars, from: i + 1)
            i = next
            switch spec.conversion {
            case "%": out += pad("%", spec); continue
            case "n": out += "\n"; continue
            default: break
            }
            let position: Int
            if spec.flags.contains("<") {
                guard let l = last else { throw missing(spec) }
                position = l
            } else if let index = spec.index {
                position = index - 1
            } else {
                position = ordinary
                ordinary += 1
            }
            guard position < arguments.count else { throw missing(spec) }
            last = position
            out += try convert(arguments[position], spec)
        }
        return out
    }

    static func parse(_ chars: [Character], from start: Int) throws -> (Specifier, Int) {
        var i = start
        func number() -> Int? {
            var digits = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { digits.append(chars[i]); i += 1 }
            return Int(digits)
        }
        var spec = Specifier(conversion: "%")
        // An argument index is digits followed by `$`; otherwise the digits (after flags) are the width.
        let save = i
        if let n = number(), i < chars.count, chars[i] == "$" { spec.index = n; i += 1 } else { i = save }
        while i < chars.count, "-#+ 0,(<".contains(chars[i]) {
            // A leading 0 is a flag; digits after it are the width.
            spec.flags.insert(chars[i]); i += 1
        }
        spec.width = number()
        if i < chars.count, chars[i] == "." {
            i += 1
            guard let p = number() else { throw unknown(".") }
            spec.precision = p
        }
        guard i < chars.count else { throw unknown("%") }
        spec.conversion = chars[i]
        guard "bBhHsScCdoxXeEfgGaA%n".contains(spec.conversion) else { throw unknown(String(spec.conversion)) }
        return (spec, i + 1)
    }

    static func convert(_ value: Value, _ spec: Specifier) throws -> String {
        var text: String
        switch spec.conversion.lowercased().first! {
        case "b":
            if case .boolean(let b) = value { text = String(b) } else { text = value.isNull ? "false" : "true" }
            if let p = spec.precision { text = String(text.prefix(p)) }
        case "h":
            text = value.isNull ? "null" : String(UInt32(bitPattern: javaHashCode(value)), radix: 16)
        case "s":
            text = value.isNull ? "null" : javaString(value)
            if let p = spec.precision { text = String(text.prefix(p)) }
        case "c":
            if value.isNull { text = "null"; break }
            guard let code = value.int64Value, value.dataType != .long, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: code)) else {
                throw conversion(spec, value)
            }
            text = String(Character(scalar))
        case "d", "o", "x":
            if value.isNull { text = "null"; break }
            text = try integral(value, spec)
        default:
            if value.isNull { text = "null"; break }
            text = try floating(value, spec)
        }
        if spec.upper { text = text.uppercased() }
        return pad(text, spec)
    }

    static func pad(_ text: String, _ spec: Specifier) -> String {
        guard let width = spec.width, text.count < width else { return text }
        let fill = String(repeating: " ", count: width - text.count)
        return spec.flags.contains("-") ? text + fill : fill + text
    }

    /// `%d`, `%o`, `%x` of an integral value; `%o`/`%x` of a negative value print its two's complement at the
    /// value's own width, as Java does for `Integer` and `Long`.
    static func integral(_ value: Value, _ spec: Specifier) throws -> String {
        guard let n = value.int64Value else { throw conversion(spec, value) }
        let conversion = spec.conversion.lowercased().first!
        if conversion == "d" {
            var digits = String(n.magnitude)
            if spec.flags.contains(",") { digits = grouped(digits) }
            return signed(digits, negative: n < 0, spec, zeroPadding: true)
        }
        let bits: UInt64 = switch value {
        case .integer(let v): UInt64(UInt32(bitPattern: v))
        case .short(let v): UInt64(UInt16(bitPattern: v))
        case .byte(let v): UInt64(UInt8(bitPattern: v))
        default: UInt64(bitPattern: n)
        }
        var digits = String(bits, radix: conversion == "o" ? 8 : 16)
        if spec.flags.contains("#") { digits = (conversion == "o" ? "0" : "0x") + digits }
        if spec.flags.contains("0"), let width = spec.width, digits.count < width {
            digits = String(repeating: "0", count: width - digits.count) + digits
        }
        return digits
    }

    /// Sign, parentheses and zero padding (`+`, ` `, `(`, `0`) around the digits of a number.
    static func signed(_ digits: String, negative: Bool, _ spec: Specifier, zeroPadding: Bool) -> String {
        var prefix = "", suffix = ""
        if negative {
            if spec.flags.contains("(") { prefix = "("; suffix = ")" } else { prefix = "-" }
        } else if spec.flags.contains("+") {
            prefix = "+"
        } else if spec.flags.contains(" ") {
            prefix = " "
        }
        var body = digits
        if zeroPadding, spec.flags.contains("0"), let width = spec.width {
            let room = width - prefix.count - suffix.count - body.count
            if room > 0 { body = String(repeating: "0", count: room) + body }
        }
        return prefix + body + suffix
    }

    static func grouped(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// `%e`, `%f`, `%g`, `%a` of a float, double or decimal.
    static func floating(_ value: Value, _ spec: Specifier) throws -> String {
        let digits: ShortestDecimalDigits
        switch value {
        case .double(let d):
            if d.isNaN { return pad("NaN", spec) }
            if d.isInfinite { return signed("Infinity", negative: d < 0, spec, zeroPadding: false) }
            if spec.conversion.lowercased() == "a" { return hexFloat(d) }
            digits = ShortestDecimalDigits(description: JavaNumberText.double(d))
        case .float(let f):
            if f.isNaN { return pad("NaN", spec) }
            if f.isInfinite { return signed("Infinity", negative: f < 0, spec, zeroPadding: false) }
            digits = ShortestDecimalDigits(description: JavaNumberText.float(f))
        default:
            // Spark hands a decimal over as its own `Decimal` class, which Java's formatter refuses.
            throw conversion(spec, value)
        }
        let precision = spec.precision ?? 6
        var body: String
        switch spec.conversion.lowercased().first! {
        case "f": body = fixed(digits, precision)
        case "e": body = scientific(digits, precision)
        default:
            // `%g`: fixed notation for 1e-4 <= |x| < 10^precision after rounding, scientific otherwise.
            let p = precision == 0 ? 1 : precision
            let rounded = round(digits, significant: p)
            let isZero = rounded.digits == [0]
            let exponent = rounded.pointPosition - 1
            if isZero || (exponent >= -4 && exponent < p) {
                body = fixed(digits, max(0, p - 1 - (isZero ? 0 : exponent)))
            } else {
                body = scientific(digits, p - 1)
            }
        }
        if spec.flags.contains(",") {
            let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            if !parts[0].contains("e") {
                body = grouped(String(parts[0])) + (parts.count > 1 ? "." + parts[1] : "")
            }
        }
        return signed(body, negative: digits.isNegative, spec, zeroPadding: true)
    }

    /// The digits rounded half up to `significant` digits.
    static func round(_ d: ShortestDecimalDigits, significant: Int) -> ShortestDecimalDigits {
        roundAt(d, keep: significant)
    }

    /// Rounds half up keeping `keep` leading digits (may be zero or negative: everything rounds away).
    static func roundAt(_ d: ShortestDecimalDigits, keep: Int) -> ShortestDecimalDigits {
        var r = d
        guard d.digits != [0], keep < d.digits.count else { return r }
        if keep < 0 { r.digits = [0]; r.pointPosition = 1; return r }
        var kept = Array(d.digits.prefix(keep))
        var point = d.pointPosition
        if d.digits[keep] >= 5 {
            var i = kept.count - 1
            while i >= 0 {
                if kept[i] == 9 { kept[i] = 0; i -= 1 } else { kept[i] += 1; break }
            }
            if i < 0 { kept.insert(1, at: 0); point += 1 }
        }
        while kept.last == 0 { kept.removeLast() }
        if kept.isEmpty { r.digits = [0]; r.pointPosition = 1 } else { r.digits = kept; r.pointPosition = point }
        return r
    }

    /// Fixed notation with `precision` fractional digits.
    static func fixed(_ d: ShortestDecimalDigits, _ precision: Int) -> String {
        let r = d.digits == [0] ? d : roundAt(d, keep: d.pointPosition + precision)
        var integer = "", fraction = ""
        if r.digits == [0] {
            integer = "0"
        } else {
            for position in 0..<max(r.pointPosition, 0) {
                integer += position < r.digits.count ? String(r.digits[position]) : "0"
            }
            if integer.isEmpty { integer = "0" }
        }
        for k in 0..<precision {
            let index = r.pointPosition + k
            fraction += r.digits != [0] && index >= 0 && index < r.digits.count ? String(r.digits[index]) : "0"
        }
        return precision == 0 ? integer : integer + "." + fraction
    }

    /// Scientific notation with `precision` fractional digits and at least two exponent digits.
    static func scientific(_ d: ShortestDecimalDigits, _ precision: Int) -> String {
        let r = roundAt(d, keep: precision + 1)
        let isZero = r.digits == [0]
        let exponent = isZero ? 0 : r.pointPosition - 1
        var mantissa = String(r.digits[0])
        if precision > 0 {
            mantissa += "." + (1...precision).map { $0 < r.digits.count && !isZero ? String(r.digits[$0]) : "0" }.joined()
        }
        let e = String(abs(exponent))
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (e.count < 2 ? "0" + e : e)
    }

    /// Java's `Double.toHexString`, which `%a` prints.
    static func hexFloat(_ d: Double) -> String {
        if d == 0 { return d.sign == .minus ? "-0x0.0p0" : "0x0.0p0" }
        let sign = d < 0 ? "-" : ""
        let bits = d.bitPattern
        let exponentBits = Int((bits >> 52) & 0x7ff)
        var fraction = String(bits & 0xf_ffff_ffff_ffff, radix: 16)
        fraction = String(repeating: "0", count: 13 - fraction.count) + fraction
        while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
        if exponentBits == 0 { return "\(sign)0x0.\(fraction)p-1022" }
        return "\(sign)0x1.\(fraction)p\(exponentBits - 1023)"
    }

    /// The text Java's `String.valueOf` gives for the object Spark passes: numbers as Java prints them, arrays
    /// as `[1,2]`.
    static func javaString(_ value: Value) -> String {
        switch value {
        case .double(let d): JavaNumberText.double(d)
        case .float(let f): JavaNumberText.float(f)
        case .array(let xs): "[" + xs.map(javaString).joined(separator: ",") + "]"
        default: value.string
        }
    }

    static func javaHashCode(_ value: Value) -> Int32 {
        switch value {
        case .integer(let v): return v
        case .long(let v): return Int32(truncatingIfNeeded: v ^ (v >> 32))
        case .boolean(let b): return b ? 1231 : 1237
        default:
            var h: Int32 = 0
            for unit in value.string.utf16 { h = h &* 31 &+ Int32(unit) }
            return h
        }
    }

    /// The JVM class Spark hands the formatter for a value, as Java's exception names it.
    static func javaClass(_ value: Value) -> String {
        switch value {
        case .integer: "java.lang.Integer"
        case .long: "java.lang.Long"
        case .short: "java.lang.Short"
        case .byte: "java.lang.Byte"
        case .double: "java.lang.Double"
        case .float: "java.lang.Float"
        case .boolean: "java.lang.Boolean"
        case .decimal: "org.apache.spark.sql.types.Decimal"
        case .string: "org.apache.spark.unsafe.types.UTF8String"
        case .date: "java.lang.Integer"
        case .timestamp: "java.lang.Long"
        default: "org.apache.spark.sql.catalyst.util.GenericArrayData"
        }
    }

    static func conversion(_ spec: Specifier, _ value: Value) -> SparkError {
        SparkError(.execution, message: "java.util.IllegalFormatConversionException: \(spec.conversion) != \(javaClass(value))")
    }

    static func missing(_ spec: Specifier) -> SparkError {
        SparkError(.execution, message: "java.util.MissingFormatArgumentException: Format specifier '%\(spec.conversion)'")
    }

    static func unknown(_ conversion: String) -> SparkError {
        SparkError(.execution, message: "java.util.UnknownFormatConversionException: Conversion = '\(conversion)'")
    }
}
