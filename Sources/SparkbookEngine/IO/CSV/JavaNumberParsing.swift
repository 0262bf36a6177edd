#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Number parsing from bytes with the JVM's rules, because Spark's CSV reader calls `String.toInt`,
/// `toLong`, `toDouble` and `new BigDecimal(...)` on each field: `+7` is an int, `" 5"` is not an int but is a
/// double (Java's `parseDouble` trims), `1.5d` is a double, `NaN` and `Infinity` are doubles, `nan` is not.
public enum JavaNumberParsing {
    /// `Integer.parseInt`: an optional sign, then ASCII digits, within 32 bits.
    @inline(__always)
    public static func parseInt32(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let value = parseInt64(bytes), value >= Int64(Int32.min), value <= Int64(Int32.max) else { return nil }
        return Int32(value)
    }

    /// `Long.parseLong`: an optional sign, then ASCII digits, within 64 bits.
    @inline(__always)
    public static func parseInt64(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        let n = bytes.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        let first = bytes[0]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            i = 1
            guard n > 1 else { return nil }
        }
        // Accumulate negatively so that Int64.min parses.
        var value: Int64 = 0
        while i < n {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.subtractingReportingOverflow(Int64(digit))
            guard !o1, !o2 else { return nil }
            value = next
            i += 1
        }
        if negative { return value }
        return value == Int64.min ? nil : -value
    }

    /// Scala's `String.toBoolean`: `true` or `false` in any case, nothing else.
    @inline(__always)
    public static func parseBoolean(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        if bytes.count == 4, bytes[0] | 0x20 == 0x74, bytes[1] | 0x20 == 0x72, bytes[2] | 0x20 == 0x75,
           bytes[3] | 0x20 == 0x65 { return true }
        if bytes.count == 5, bytes[0] | 0x20 == 0x66, bytes[1] | 0x20 == 0x61, bytes[2] | 0x20 == 0x6C,
           bytes[3] | 0x20 == 0x73, bytes[4] | 0x20 == 0x65 { return false }
        return nil
    }

    /// `Double.parseDouble`: trims bytes up to space, then `[sign](NaN|Infinity|decimal[fFdD])`.
    /// Hexadecimal floats (`0x1p3`) are not accepted (noted divergence; Spark would read them).
    public static func parseDouble(_ bytes: UnsafeRawBufferPointer) -> Double? {
        var lo = 0
        var hi = bytes.count
        while lo < hi, bytes[lo] <= 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] <= 0x20 { hi -= 1 }
        guard lo < hi else { return nil }
        var i = lo
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        if matches(bytes, i, hi, "NaN") { return .nan }
        if matches(bytes, i, hi, "Infinity") { return negative ? -.infinity : .infinity }
        // Drop one type suffix.
        var stop = hi
        switch bytes[stop - 1] {
        case UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "d"), UInt8(ascii: "D"): stop -= 1
        default: break
        }
        // Validate the decimal grammar and gather up to 19 significant digits for the fast path.
        var mantissa: UInt64 = 0
        var digits = 0
        var significant = 0
        var fractionDigits = 0
        var seenDot = false
        var j = i
        while j < stop {
            let byte = bytes[j]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                digits += 1
                if seenDot { fractionDigits += 1 }
                if significant > 0 || digit != 0 { significant += 1 }
                if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(digit) }
            } else if byte == UInt8(ascii: "."), !seenDot {
                seenDot = true
            } else {
                break
            }
            j += 1
        }
        guard digits > 0 else { return nil }
        var hasExponent = false
        if j < stop {
            guard bytes[j] | 0x20 == UInt8(ascii: "e") else { return nil }
            hasExponent = true
            j += 1
            if j < stop, bytes[j] == UInt8(ascii: "+") || bytes[j] == UInt8(ascii: "-") { j += 1 }
            var expDigits = 0
            while j < stop, bytes[j] &- UInt8(ascii: "0") < 10 { j += 1; expDigits += 1 }
            guard expDigits > 0, j == stop else { return nil }
        }
        // Exact fast path: an integer mantissa below 2^53 divided by an exact power of ten rounds correctly.
        if !hasExponent, significant <= 15, fractionDigits <= 22 {
            let value = Double(mantissa) / powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        return slowParse(bytes, from: lo, to: stop)
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    private static func slowParse(_ bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Double? {
        let length = to - from
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { text in
            for k in 0..<length { text[k] = CChar(bitPattern: bytes[from + k]) }
            text[length] = 0
            return strtod(text.baseAddress!, nil)
        }
    }

    @inline(__always)
    static func matches(_ bytes: UnsafeRawBufferPointer, _ from: Int, _ to: Int, _ word: StaticString) -> Bool {
        guard to - from == word.utf8CodeUnitCount else { return false }
        let pointer = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount where bytes[from + k] != pointer[k] { return false }
        return true
    }

    /// What `new java.math.BigDecimal(text)` would give as (precision, scale), or `nil` when it throws.
    /// Spark infers `decimal(p, s)` only for scale <= 0, e.g. whole numbers too large for a long, and `1.`.
    public static func bigDecimalShape(_ bytes: UnsafeRawBufferPointer) -> (precision: Int, scale: Int)? {
        let n = bytes.count
        var i = 0
        if n > 0, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { i = 1 }
        var digits = 0
        var leadingZeros = 0
        var inLeading = true
        var fraction = 0
        var seenDot = false
        while i < n {
            let byte = bytes[i]
            if byte &- UInt8(ascii: "0") < 10 {
                if inLeading, byte == UInt8(ascii: "0") { leadingZeros += 1 } else { inLeading = false }
                digits += 1
                if seenDot { fraction += 1 }
            } else if byte == UInt8(ascii: "."), !seenDot {
                seenDot = true
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        var exponent = 0
        if i < n {
            guard bytes[i] | 0x20 == UInt8(ascii: "e"), i + 1 < n else { return nil }
            i += 1
            let exponentBytes = UnsafeRawBufferPointer(rebasing: bytes[i..<n])
            guard let parsed = parseInt64(exponentBytes), abs(parsed) < Int64(Int32.max) else { return nil }
            exponent = Int(parsed)
        }
        let precision = max(1, digits - leadingZeros)
        return (precision, fraction - exponent)
    }
}
