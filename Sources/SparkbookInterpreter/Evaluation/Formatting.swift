import Foundation
import SparkbookSyntax

/// f-string fields (`{x!r:>10.2f}`), `format()` and `str.format`: Python's format-spec mini-language over ints,
/// floats, Decimals, strings, dates and datetimes.
enum Formatting {
    static func format(_ value: PyValue, conversion: Character?, spec: String?, span: SourceSpan) throws -> String {
        let converted: PyValue = switch conversion {
        case "r": .string(value.repr)
        case "s": .string(value.str)
        default: value
        }
        guard let spec, !spec.isEmpty else { return converted.str }
        switch converted {
        case .date, .datetime: return try DateTimeModule.strftime(spec, converted)
        default: return try apply(spec, to: converted, span: span)
        }
    }

    static func apply(_ text: String, to value: PyValue, span: SourceSpan) throws -> String {
        guard let spec = FormatSpec(text) else { throw ScriptError.value("Invalid format specifier '\(text)' for object of type '\(value.typeName)'", span: span) }
        try PythonAllocation.check(count: spec.width, itemBytes: 1, span: span)
        return try apply(spec, to: value, span: span)
    }

    static func apply(_ spec: FormatSpec, to value: PyValue, span: SourceSpan) throws -> String {
        func unknown() -> ScriptError {
            ScriptError.value("Unknown format code '\(spec.type.map(String.init) ?? "")' for object of type '\(value.typeName)'", span: span)
        }
        switch value {
        case .int(let i): return try integer(i, spec, span: span)
        case .bool(let b): return try integer(b ? 1 : 0, spec, span: span)
        case .float(let d): return try float(d, spec, span: span)
        case .decimal(let d): return try decimal(d, spec, span: span)
        default:
            guard spec.type == nil || spec.type == "s" else { throw unknown() }
            guard spec.align != "=" else { throw ScriptError.value("'=' alignment not allowed in string format specifier", span: span) }
            guard spec.sign == nil else { throw ScriptError.value("Sign not allowed in string format specifier", span: span) }
            var body = value.str
            if let precision = spec.precision { body = String(body.prefix(precision)) }
            return spec.pad(body, numeric: false)
        }
    }

    private static func integer(_ i: Int64, _ spec: FormatSpec, span: SourceSpan) throws -> String {
        let radix: Int, prefix: String
        switch spec.type {
        case nil, "d", "n": radix = 10; prefix = ""
        case "x": radix = 16; prefix = "0x"
        case "X": radix = 16; prefix = "0X"
        case "o": radix = 8; prefix = "0o"
        case "b": radix = 2; prefix = "0b"
        case "c":
            guard let scalar = Unicode.Scalar(UInt32(clamping: i)) else { throw ScriptError("OverflowError", "%c arg not in range(0x110000)", span: span) }
            return spec.pad(String(Character(scalar)), numeric: false)
        case "e", "E", "f", "F", "g", "G", "%": return try float(Double(i), spec, span: span)
        case let t?: throw ScriptError.value("Unknown format code '\(t)' for object of type 'int'", span: span)
        }
        guard spec.precision == nil else { throw ScriptError.value("Precision not allowed in integer format specifier", span: span) }
        if spec.grouping == ",", radix != 10 { throw ScriptError.value("Cannot specify ',' with '\(spec.type!)'.", span: span) }
        var digits = String(i.magnitude, radix: radix, uppercase: spec.type == "X")
        let lead = sign(negative: i < 0, spec) + (spec.alternate ? prefix : "")
        digits = groupPadded(digits, spec, every: radix == 10 ? 3 : 4, reserved: lead.count)
        return spec.pad(lead + digits, numeric: true, signAndPrefixLength: lead.count)
    }

    private static func float(_ d: Double, _ spec: FormatSpec, span: SourceSpan) throws -> String {
        let negative = d < 0 || (d == 0 && d.sign == .minus)
        let magnitude = Swift.abs(d)
        var body: String
        switch spec.type {
        case "f", "F", "%":
            body = magnitude.isFinite ? String(format: "%.\(spec.precision ?? 6)f", spec.type == "%" ? magnitude * 100 : magnitude)
                : nonFinite(magnitude)
            if spec.type == "%" { body += "%" }
        case "e", "E":
            body = magnitude.isFinite ? String(format: "%.\(spec.precision ?? 6)e", magnitude) : nonFinite(magnitude)
        case "g", "G":
            body = magnitude.isFinite ? String(format: "%.\(spec.precision.map { max($0, 1) } ?? 6)g", magnitude) : nonFinite(magnitude)
        case nil:
            guard let precision = spec.precision else { body = PyValue.float(magnitude).repr; break }
            // Like `g`, but a fixed-point result keeps a digit after the point (`format(3.0, '.3')` is '3.0').
            body = magnitude.isFinite ? String(format: "%.\(max(precision, 1))g", magnitude) : nonFinite(magnitude)
            if magnitude.isFinite, !body.contains("."), !body.contains("e") { body += ".0" }
        case let t?:
            throw ScriptError.value("Unknown format code '\(t)' for object of type 'float'", span: span)
        }
        if spec.type.map({ $0.isUppercase }) == true { body = body.uppercased() }
        let lead = sign(negative: negative, spec)
        return spec.pad(lead + groupPadded(body, spec, every: 3, reserved: lead.count), numeric: true, signAndPrefixLength: lead.count)
    }

    /// A Decimal formats exactly, rounded half-even (`Decimal.__format__`), never through a binary double.
    private static func decimal(_ d: PyDecimal, _ spec: FormatSpec, span: SourceSpan) throws -> String {
        var body: String
        switch spec.type {
        case "f", "F", "%":
            let scaled = spec.type == "%" ? try d * PyDecimal(100) : d
            body = try scaled.quantized(places: spec.precision ?? 6).description + (spec.type == "%" ? "%" : "")
        case nil where spec.precision == nil:
            body = d.description
        default:
            throw ScriptError("NotImplementedError", "format code '\(spec.type.map(String.init) ?? "")' with a Decimal is not supported in Sparkbook; use 'f'", span: span)
        }
        if body.hasPrefix("-") { body.removeFirst() }
        let lead = sign(negative: d.isSigned, spec)
        return spec.pad(lead + groupPadded(body, spec, every: 3, reserved: lead.count), numeric: true, signAndPrefixLength: lead.count)
    }

    private static func nonFinite(_ d: Double) -> String { d.isNaN ? "nan" : "inf" }

    private static func sign(negative: Bool, _ spec: FormatSpec) -> String {
        if negative { return "-" }
        switch spec.sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    /// Group separators on the integer part; with zero padding (`08,`) the zeros are grouped too, as Python does.
    private static func groupPadded(_ number: String, _ spec: FormatSpec, every size: Int, reserved: Int) -> String {
        guard let separator = spec.grouping else { return number }
        let split = number.firstIndex { !$0.isHexDigit } ?? number.endIndex
        var integer = String(number[..<split])
        let rest = number[split...]
        func grouped(_ digits: String) -> String {
            var out = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % size == 0 { out.append(separator) }
                out.append(c)
            }
            return out
        }
        if spec.fill == "0" && spec.align == "=" {
            while reserved + grouped(integer).count + rest.count < spec.width { integer = "0" + integer }
        }
        return grouped(integer) + rest
    }
}
