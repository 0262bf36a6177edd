/// Spark's `Cast.forceNullable`: the casts that may turn a non-null value into null (or an ANSI error Spark
/// still types as nullable), so `cast` of a non-null column is nullable only for these.
enum CastNullability {
    static func forcesNull(from: DataType, to: DataType) -> Bool {
        if from == to || from == .null { return false }
        switch (from, to) {
        case (.string, .string): return false
        case (.string, _): return true
        case (_, .string): return false
        case (.float, .timestamp), (.double, .timestamp): return true
        case (.timestamp, .date): return false
        case (_, .date): return true
        case (.date, .timestamp): return false
        case (.date, _): return true
        case (_, .decimal(let p, let s)): return !decimalHolds(from, p, s)
        case (.float, _), (.double, _), (.decimal, _):
            return [.byte, .short, .integer, .long].contains(to)
        case (.array, _), (_, .array): return true
        default: return false
        }
    }

    /// Whether `decimal(p, s)` holds every value of `from` (Spark's `canNullSafeCastToDecimal`).
    private static func decimalHolds(_ from: DataType, _ p: Int, _ s: Int) -> Bool {
        let source: (p: Int, s: Int)
        switch from {
        case .decimal(let fp, let fs): source = (fp, fs)
        case .boolean: source = (1, 0)
        default:
            guard case .decimal(let fp, let fs)? = DecimalPrecision.forIntegral(from) else { return false }
            source = (fp, fs)
        }
        return p - s >= source.p - source.s && s >= source.s
    }
}
