import Foundation
import SparkbookEngine

/// Python's `decimal.Decimal` under the default context (28 significant digits, ROUND_HALF_EVEN):
/// `coefficient * 10^exponent`, keeping the exponent so `Decimal('12.50')` prints with its trailing zero.
///
/// Coefficients are held in `Int128` (38 digits), which covers every Spark decimal; results are rounded to the
/// context's 28 digits through full-width intermediates. A value past that range is an error, never a wrong digit.
public struct PyDecimal: Sendable, Hashable {
    public let coefficient: Int128
    public let exponent: Int
    /// Python keeps the sign of a zero (`Decimal('-0.00')`); `Int128` cannot, so it is carried here.
    public let isNegativeZero: Bool

    static let contextPrecision = 28

    public init(coefficient: Int128, exponent: Int, negativeZero: Bool = false) {
        self.coefficient = coefficient
        self.exponent = exponent
        self.isNegativeZero = negativeZero && coefficient == 0
    }

    /// Whether the sign is negative, zero included.
    public var isSigned: Bool { coefficient < 0 || isNegativeZero }

    public init(_ integer: Int64) { self.init(coefficient: Int128(integer), exponent: 0) }

    /// `Decimal("12.50")`, `Decimal("-1e3")`, `Decimal(" 7 ")`; nil for text Python would refuse.
    public init?(_ text: String) {
        var s = Substring(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: ""))
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let power = Int(s[s.index(after: e)...]) else { return nil }
            exponent = power
            s = s[..<e]
        }
        let negative = s.first == "-"
        if s.first == "-" || s.first == "+" { s = s.dropFirst() }
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        let digits = integer + fraction
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
              digits.drop(while: { $0 == "0" }).count <= 38, let magnitude = Int128(digits) else { return nil }
        self.init(coefficient: negative ? -magnitude : magnitude, exponent: exponent - fraction.count, negativeZero: negative)
    }

    // MARK: Text

    /// `str(Decimal)`: plain when the exponent is not positive and the adjusted exponent is at least -6,
    /// scientific otherwise (`1E+2`, `1.5E-7`).
    public var description: String {
        let digits = String(coefficient.magnitude)
        let sign = isSigned ? "-" : ""
        let adjusted = digits.count - 1 + exponent
        if exponent <= 0 && adjusted >= -6 {
            guard exponent < 0 else { return sign + digits }
            let places = -exponent
            let padded = digits.count > places ? digits : String(repeating: "0", count: places - digits.count + 1) + digits
            return sign + padded.dropLast(places) + "." + padded.suffix(places)
        }
        let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
        return sign + mantissa + "E" + (adjusted < 0 ? "-" : "+") + String(Swift.abs(adjusted))
    }

    public var repr: String { "Decimal('\(description)')" }

    public var doubleValue: Double { Double(description) ?? .nan }

    // MARK: Rounding

    /// The number with `places` digits after the point, rounded half-even (`quantize`, `round(d, n)`, `:.2f`).
    public func quantized(places: Int) throws -> PyDecimal {
        let target = -places
        if target <= exponent {
            guard let scaled = Self.scale(coefficient, by: exponent - target) else { throw Self.outOfRange() }
            return PyDecimal(coefficient: scaled, exponent: target, negativeZero: isSigned)
        }
        return PyDecimal(coefficient: Self.divideRounding(coefficient, byPowerOf10: target - exponent), exponent: target,
                         negativeZero: isSigned)
    }

    /// Rounds the coefficient to the context's 28 digits.
    func rounded() -> PyDecimal {
        let excess = Self.digitCount(coefficient) - Self.contextPrecision
        guard excess > 0 else { return self }
        let rounded = PyDecimal(coefficient: Self.divideRounding(coefficient, byPowerOf10: excess), exponent: exponent + excess)
        return rounded.rounded()
    }

    /// The integer part, truncated toward zero (`int(d)`).
    public var truncated: Int128 {
        exponent >= 0 ? (Self.scale(coefficient, by: exponent) ?? 0) : coefficient / Self.power10(-exponent)
    }

    // MARK: Helpers

    static func power10(_ n: Int) -> Int128 {
        var p: Int128 = 1
        for _ in 0..<n { p *= 10 }
        return p
    }

    static func digitCount(_ value: Int128) -> Int { value == 0 ? 1 : String(value.magnitude).count }

    /// `value * 10^n`, or nil past `Int128`.
    static func scale(_ value: Int128, by n: Int) -> Int128? {
        guard n <= 38 else { return value == 0 ? 0 : nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: power10(n))
        return overflow ? nil : product
    }

    /// `value / 10^n` rounded half-even (n may exceed 38: the result is then 0).
    static func divideRounding(_ value: Int128, byPowerOf10 n: Int) -> Int128 {
        guard n <= 38 else { return 0 }
        let divisor = power10(n)
        let (q, r) = value.quotientAndRemainder(dividingBy: divisor)
        return roundHalfEven(quotient: q, remainder: r.magnitude, divisor: divisor.magnitude, negative: value < 0)
    }

    static func roundHalfEven(quotient q: Int128, remainder r: UInt128, divisor: UInt128, negative: Bool, sticky: Bool = false) -> Int128 {
        let twice = r.multipliedReportingOverflow(by: 2)
        let up: Bool
        if twice.overflow || twice.partialValue > divisor { up = true }
        else if twice.partialValue < divisor { up = false }
        else { up = sticky || q % 2 != 0 }
        guard up else { return q }
        return negative ? q - 1 : q + 1
    }

    static func outOfRange() -> ScriptError {
        ScriptError("NotImplementedError", "this Decimal needs more than 38 digits, which Sparkbook does not support")
    }
}

extension PyDecimal {
    /// The Spark decimal of this value, typed as Spark types a `BigDecimal` literal: `Decimal('1.50')` is
    /// `decimal(3,2)`, `Decimal('1E+2')` is `decimal(3,0)`.
    func sparkDecimal() throws -> DecimalValue {
        let scale = max(0, -exponent)
        guard let unscaled = exponent > 0 ? Self.scale(coefficient, by: exponent) : coefficient else { throw Self.outOfRange() }
        let precision = max(Self.digitCount(unscaled), scale)
        guard precision <= DecimalValue.maxPrecision else { throw Self.outOfRange() }
        return DecimalValue(unscaled: unscaled, precision: max(1, precision), scale: scale)
    }
}
