import Foundation
import SparkbookUtilities

/// Casts into and out of `decimal(p,s)`. Into a decimal the exact source value is rounded half-up to the
/// scale; a value with too many integral digits is Spark's `NUMERIC_VALUE_OUT_OF_RANGE` under ANSI, null
/// otherwise.
public enum DecimalCast {
    /// The exact number a value stands for, as an unscaled integer and its scale; nil when it is no number.
    static func exact(_ value: Value) -> (WideInteger, Int)? {
        switch value {
        case .integer, .long, .byte, .short: return (WideInteger(Int128(value.int64Value!)), 0)
        // A float goes through its widened double's text, as Spark's `Decimal(f.toDouble)`.
        case .float(let f): return f.isFinite ? DecimalValue.parse(Substring(JavaNumberText.double(Double(f)))) : nil
        case .decimal(let d): return (WideInteger(d.unscaled), d.scale)
        case .boolean(let b): return (WideInteger(b ? 1 : 0), 0)
        // Spark goes through Java's shortest text of the double, so 0.1 is exactly 0.1.
        case .double(let d): return d.isFinite ? DecimalValue.parse(Substring(JavaNumberText.double(d))) : nil
        case .string(let s): return DecimalValue.parse(Substring(s.trimmingCharacters(in: .whitespaces)))
        default: return nil
        }
    }

    /// The value as `decimal(precision, scale)`, or nil when it is no number or does not fit.
    public static func decimal(from value: Value, precision: Int, scale: Int) -> DecimalValue? {
        if case .decimal(let d) = value { return d.converted(precision: precision, scale: scale) }
        guard let (unscaled, from) = exact(value) else { return nil }
        return DecimalValue.fitting(unscaled, fromScale: from, precision: precision, scale: scale)
    }

    /// ANSI cast into a decimal: malformed text and values that do not fit are errors.
    static func ansiDecimal(_ value: Value, precision: Int, scale: Int) throws -> Value {
        let type = DataType.decimal(precision: precision, scale: scale)
        guard let (unscaled, from) = exact(value) else {
            if case .double = value { throw ValueCast.overflow(value, type) }
            if case .float = value { throw ValueCast.overflow(value, type) }
            throw ValueCast.invalid(value, type)
        }
        guard let d = DecimalValue.fitting(unscaled, fromScale: from, precision: precision, scale: scale) else {
            throw outOfRange(DecimalValue.plainText(unscaled, scale: from), precision: precision, scale: scale)
        }
        return .decimal(d)
    }

    /// ANSI cast out of a decimal: integral targets truncate and must fit.
    static func ansiFromDecimal(_ d: DecimalValue, to type: DataType) throws -> Value {
        switch type {
        case .byte, .short, .integer, .long:
            guard let v = Int64(exactly: d.integralPart), ValueCast.integralBounds(type)!.contains(v) else {
                throw ValueCast.overflow(.decimal(d), type)
            }
            return ValueCast.integral(v, as: type)
        case .decimal(let p, let s):
            return try ansiDecimal(.decimal(d), precision: p, scale: s)
        default:
            return ValueCast.cast(.decimal(d), to: type)
        }
    }

    /// Spark's error for a decimal result with more integral digits than its type holds.
    static func outOfRange(_ text: String, precision: Int, scale: Int) -> SparkError {
        SparkError(.execution, errorClass: "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION",
                   message: " \(text) cannot be represented as Decimal(\(precision), \(scale)). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL instead.",
                   sqlState: "22003")
    }
}
