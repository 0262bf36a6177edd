/// A column type as Spark's CSV inference sees it: integers past `bigint` (and `1.`) infer as `decimal(p, 0)`;
/// other fractions are doubles unless `prefersDecimal` is set, which Sparkbook does not read.
public enum CSVInferredType: Sendable, Hashable {
    case null
    case integer
    case long
    case decimal(precision: Int, scale: Int)
    case double
    case date
    case timestamp
    case boolean
    case string

    /// The engine type; an all-null column becomes `string`, as Spark makes it.
    public var dataType: DataType {
        switch self {
        case .null, .string: .string
        case .integer: .integer
        case .long: .long
        case .decimal(let p, let s): .decimal(precision: p, scale: s)
        case .double: .double
        case .date: .date
        case .timestamp: .timestamp
        case .boolean: .boolean
        }
    }

    /// Spark's `simpleString` (`int`, `bigint`, `decimal(20,0)`, ...), after the final null-to-string step.
    public var sparkSimpleString: String {
        dataType.simpleString
    }

    /// Spark's `CSVInferSchema.compatibleType`: the tightest common type, else the CSV-specific widenings,
    /// else `nil` (the caller falls back to string).
    public static func compatible(_ a: CSVInferredType, _ b: CSVInferredType) -> CSVInferredType? {
        if a == b { return a }
        switch (a, b) {
        case (.null, _): return b
        case (_, .null): return a
        case (.integer, .long), (.long, .integer): return .long
        case (.integer, .double), (.double, .integer), (.long, .double), (.double, .long): return .double
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        case (.string, _), (_, .string): return .string
        case (.double, .decimal), (.decimal, .double): return .double
        case (.decimal(let p1, let s1), .decimal(let p2, let s2)):
            let scale = max(s1, s2)
            let range = max(p1 - s1, p2 - s2)
            return range + scale > 38 ? .double : .decimal(precision: range + scale, scale: scale)
        case (.integer, .decimal), (.decimal, .integer):
            return compatible(a.integralAsDecimal, b.integralAsDecimal)
        case (.long, .decimal), (.decimal, .long):
            return compatible(a.integralAsDecimal, b.integralAsDecimal)
        default: return nil
        }
    }

    /// `DecimalType.forType`: int is decimal(10,0), long decimal(20,0).
    private var integralAsDecimal: CSVInferredType {
        switch self {
        case .integer: .decimal(precision: 10, scale: 0)
        case .long: .decimal(precision: 20, scale: 0)
        default: self
        }
    }
}
