/// Spark's decimal result types (`DecimalPrecision` with `spark.sql.decimalOperations.allowPrecisionLoss`
/// on, the default): what `+ - * / %`, comparisons and aggregates of decimals produce.
public enum DecimalPrecision {
    public static let maxPrecision = 38
    /// The scale kept at least, when a result needs more than 38 digits and integral digits win.
    static let minimumAdjustedScale = 6

    /// Precision and scale capped at 38.
    public static func bounded(_ precision: Int, _ scale: Int) -> DataType {
        .decimal(precision: min(precision, maxPrecision), scale: min(scale, maxPrecision))
    }

    /// A type that needs more than 38 digits keeps its integral digits and gives up scale, down to 6.
    public static func adjusted(_ precision: Int, _ scale: Int) -> DataType {
        if precision <= maxPrecision { return .decimal(precision: precision, scale: scale) }
        let integralDigits = precision - scale
        let adjustedScale = max(maxPrecision - integralDigits, min(scale, minimumAdjustedScale))
        return .decimal(precision: maxPrecision, scale: adjustedScale)
    }

    /// The decimal an integral type widens to next to a decimal: int holds 10 digits, bigint 20.
    public static func forIntegral(_ type: DataType) -> DataType? {
        switch type {
        case .byte: .decimal(precision: 3, scale: 0)
        case .short: .decimal(precision: 5, scale: 0)
        case .integer: .decimal(precision: 10, scale: 0)
        case .long: .decimal(precision: 20, scale: 0)
        case .decimal: type
        default: nil
        }
    }

    /// An integral literal next to a decimal takes only the digits it has (`2` is `decimal(1,0)`).
    public static func forLiteral(_ value: Value) -> DataType? {
        guard let v = value.int64Value else { return nil }
        return .decimal(precision: max(String(v.magnitude).count, 1), scale: 0)
    }

    /// The result type of an arithmetic operator on two decimals.
    public static func result(of op: BinaryOperator, _ l: (p: Int, s: Int), _ r: (p: Int, s: Int)) -> DataType {
        switch op {
        case .add, .subtract:
            let scale = max(l.s, r.s)
            return adjusted(max(l.p - l.s, r.p - r.s) + scale + 1, scale)
        case .multiply:
            return adjusted(l.p + r.p + 1, l.s + r.s)
        case .divide:
            let scale = max(minimumAdjustedScale, l.s + r.p + 1)
            return adjusted(l.p - l.s + r.s + scale, scale)
        default:
            let scale = max(l.s, r.s)
            return adjusted(min(l.p - l.s, r.p - r.s) + scale, scale)
        }
    }

    /// The type both sides of a comparison (or a union, coalesce) widen to: enough integral digits and
    /// scale for either side, capped at 38.
    public static func wider(_ l: (p: Int, s: Int), _ r: (p: Int, s: Int)) -> DataType {
        let scale = max(l.s, r.s)
        return bounded(max(l.p - l.s, r.p - r.s) + scale, scale)
    }

    /// `sum` of `decimal(p,s)`: ten more integral digits.
    public static func sum(_ p: Int, _ s: Int) -> DataType { bounded(p + 10, s) }

    /// `avg` of `decimal(p,s)`: four more digits on each side of the point.
    public static func average(_ p: Int, _ s: Int) -> DataType { bounded(p + 4, s + 4) }
}
