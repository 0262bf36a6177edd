/// An exact decimal number of a Spark `decimal(precision, scale)`: `unscaled / 10^scale`.
///
/// Precision is at most 38 digits, so the unscaled integer always fits `Int128`; intermediates that do not
/// (a product, a scaled-up dividend) go through `WideInteger` and are rounded back with `fitting`.
public struct DecimalValue: Sendable, Hashable {
    public static let maxPrecision = 38

    public let unscaled: Int128
    public let precision: Int
    public let scale: Int

    public init(unscaled: Int128, precision: Int, scale: Int) {
        self.unscaled = unscaled
        self.precision = precision
        self.scale = scale
    }

    public var dataType: DataType { .decimal(precision: precision, scale: scale) }

    /// `value` (an unscaled integer at `fromScale`) rounded half-up to `scale`, if it then has at most
    /// `precision` digits; nil when it does not fit (the caller raises Spark's out-of-range error).
    static func fitting(_ value: WideInteger, fromScale: Int, precision: Int, scale: Int) -> DecimalValue? {
        let rescaled = rescale(value, from: fromScale, to: scale)
        guard let unscaled = rescaled.int128, unscaled.magnitude < power10(precision).magnitude else { return nil }
        return DecimalValue(unscaled: unscaled, precision: precision, scale: scale)
    }

    /// The same number in another decimal type, rounded half-up; nil when it does not fit.
    public func converted(precision: Int, scale: Int) -> DecimalValue? {
        if scale == self.scale, precision >= self.precision {
            return DecimalValue(unscaled: unscaled, precision: precision, scale: scale)
        }
        return Self.fitting(WideInteger(unscaled), fromScale: self.scale, precision: precision, scale: scale)
    }

    /// Rounds half-up (away from zero on a tie) when lowering the scale; exact when raising it.
    static func rescale(_ value: WideInteger, from: Int, to: Int) -> WideInteger {
        if to >= from { return value * WideInteger.power10(to - from) }
        let divisor = WideInteger.power10(from - to)
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        let twice = remainder.multiplied(bySmall: 2)
        let roundsAway = (twice.negative ? -twice : twice) - divisor
        guard !roundsAway.negative else { return quotient }
        return quotient + WideInteger(value.negative ? -1 : 1)
    }

    /// Drops digits (towards zero) so that at most `digits` significant digits remain, as Java's
    /// `MathContext(digits, DOWN)`; returns the shortened value and its scale (which may go negative).
    static func truncated(_ value: WideInteger, scale: Int, toDigits digits: Int) -> (WideInteger, Int) {
        let extra = value.magnitudeDigits.count - digits
        guard extra > 0 else { return (value, scale) }
        return (value.quotientAndRemainder(dividingBy: .power10(extra)).quotient, scale - extra)
    }

    static func power10(_ n: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<min(n, 38) { result *= 10 }
        return n > 38 ? .max : result
    }

    /// The integral part, truncated towards zero.
    public var integralPart: Int128 { unscaled / Self.power10(scale) }

    public var isZero: Bool { unscaled == 0 }

    public var doubleValue: Double { Double(plainText)! }
}

extension DecimalValue {
    /// Java's `BigDecimal.toPlainString`: all digits, no exponent (`12.50`, `0.00000001`); what `show()`
    /// and `CAST(d AS STRING)` print.
    public var plainText: String { Self.plainText(WideInteger(unscaled), scale: scale) }

    /// The plain text of any unscaled value at any scale (negative scales append zeros).
    static func plainText(_ value: WideInteger, scale: Int) -> String {
        var digits = value.magnitudeDigits
        let sign = value.negative ? "-" : ""
        if scale <= 0 { return sign + digits + (value.isZero ? "" : String(repeating: "0", count: -scale)) }
        if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
        let point = digits.index(digits.endIndex, offsetBy: -scale)
        return sign + digits[..<point] + "." + digits[point...]
    }

    /// Java's `BigDecimal.toString`: plain unless the first digit is more than six places after the point
    /// (`1E-8`); how Spark names a decimal literal's column.
    public var javaText: String {
        let digits = WideInteger(unscaled).magnitudeDigits
        let adjusted = digits.count - 1 - scale
        if adjusted >= -6 { return plainText }
        let rest = digits.dropFirst()
        return (unscaled < 0 ? "-" : "") + String(digits.prefix(1)) + (rest.isEmpty ? "" : "." + rest) + "E\(adjusted)"
    }

    /// Parses decimal text as Java's `BigDecimal(String)` does: sign, digits, optional fraction and exponent.
    /// Returns the unscaled value and its scale, or nil for malformed text.
    static func parse(_ text: Substring) -> (WideInteger, Int)? {
        var chars = text[...]
        var negative = false
        if let first = chars.first, first == "+" || first == "-" { negative = first == "-"; chars = chars.dropFirst() }
        var value = WideInteger(0), scale = 0, sawDigit = false, afterPoint = false
        while let c = chars.first, c.isASCII, c.isNumber || (c == "." && !afterPoint) {
            chars = chars.dropFirst()
            if c == "." { afterPoint = true; continue }
            value = value.multiplied(bySmall: 10) + WideInteger(Int128(c.asciiValue! - 48))
            sawDigit = true
            if afterPoint { scale += 1 }
        }
        guard sawDigit else { return nil }
        if let e = chars.first, e == "e" || e == "E" {
            guard let exponent = Int(chars.dropFirst()), abs(exponent) < 1000 else { return nil }
            scale -= exponent
            chars = ""
        }
        guard chars.isEmpty else { return nil }
        return (negative ? -value : value, scale)
    }
}
