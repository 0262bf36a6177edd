import Foundation

/// Casts into `tinyint`, `smallint` and `float`, and the integral range checks the ANSI casts share: an integral
/// or fractional value that does not fit is `CAST_OVERFLOW`, text that is no number of the type is
/// `CAST_INVALID_INPUT` (Spark reads `'300'` as a malformed `tinyint`, not an overflow).
extension ValueCast {
    /// The values an integral type holds; nil for every other type.
    public static func integralBounds(_ type: DataType) -> ClosedRange<Int64>? {
        switch type {
        case .byte: Int64(Int8.min)...Int64(Int8.max)
        case .short: Int64(Int16.min)...Int64(Int16.max)
        case .integer: Int64(Int32.min)...Int64(Int32.max)
        case .long: Int64.min...Int64.max
        default: nil
        }
    }

    /// An in-range integer as a value of the integral `type`.
    public static func integral(_ v: Int64, as type: DataType) -> Value {
        switch type {
        case .byte: .byte(Int8(truncatingIfNeeded: v))
        case .short: .short(Int16(truncatingIfNeeded: v))
        case .integer: .integer(Int32(truncatingIfNeeded: v))
        default: .long(v)
        }
    }

    /// ANSI casts whose target or source is a narrow type; nil when the general rules apply.
    static func ansiSmallTypeCast(_ value: Value, to type: DataType) throws -> Value? {
        if let bounds = integralBounds(type) {
            switch value {
            case .string(let s):
                guard let i = Int64(s.trimmingCharacters(in: .whitespaces)), bounds.contains(i) else {
                    throw invalid(value, type)
                }
                return integral(i, as: type)
            case .double, .float:
                let d = value.doubleValue!
                let truncated = d.rounded(.towardZero)
                // 2^63 itself does not fit a bigint; every other bound is exact in a double.
                let fits = d.isFinite && truncated >= Double(bounds.lowerBound)
                    && (type == .long ? truncated < 9.223372036854775808e18 : truncated <= Double(bounds.upperBound))
                guard fits else { throw overflow(value, type) }
                return integral(Int64(truncated), as: type)
            case .byte, .short, .integer, .long:
                let i = value.int64Value!
                guard bounds.contains(i) else { throw overflow(value, type) }
                return integral(i, as: type)
            default:
                return nil
            }
        }
        if type == .float, case .string(let s) = value {
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            switch trimmed.lowercased() {
            case "nan": return .float(.nan)
            case "infinity", "+infinity", "inf", "+inf": return .float(.infinity)
            case "-infinity", "-inf": return .float(-.infinity)
            default:
                guard let f = Float(trimmed), !trimmed.lowercased().hasPrefix("0x") else { throw invalid(value, type) }
                return .float(f)
            }
        }
        return nil
    }

    /// Non-ANSI casts into a narrow type: integral targets wrap as the JVM's narrowing does, a float rounds.
    static func smallTypeCast(_ value: Value, to type: DataType) -> Value? {
        switch type {
        case .byte, .short:
            if case .long(let v) = cast(value, to: .long) { return integral(v, as: type) }
            return .null
        case .float:
            if case .string(let s) = value { return Float(s.trimmingCharacters(in: .whitespaces)).map(Value.float) ?? .null }
            if case .boolean(let b) = value { return .float(b ? 1 : 0) }
            return value.doubleValue.map { .float(Float($0)) } ?? .null
        default:
            return nil
        }
    }
}
