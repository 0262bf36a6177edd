/// Ordering between scalars of comparable types; nil when either side is null or the types do not compare.
public enum ValueOrdering {
    public static func compare(_ l: Value, _ r: Value) -> Int? {
        switch (l, r) {
        case (.null, _), (_, .null): return nil
        case (.string(let a), .string(let b)): return a == b ? 0 : (Array(a.utf8).lexicographicallyPrecedes(b.utf8) ? -1 : 1)
        // Spark compares binary byte by byte, unsigned, the shorter first when one is a prefix.
        case (.binary(let a), .binary(let b)): return a == b ? 0 : (a.lexicographicallyPrecedes(b) ? -1 : 1)
        case (.boolean(let a), .boolean(let b)): return a == b ? 0 : (!a ? -1 : 1)
        case (.timestamp(let a), .timestamp(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.date(let a), .date(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.timestampNTZ(let a), .timestampNTZ(let b)), (.dayTimeInterval(let a), .dayTimeInterval(let b)),
             (.time(let a), .time(let b)):
            return a == b ? 0 : (a < b ? -1 : 1)
        case (.yearMonthInterval(let a), .yearMonthInterval(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.decimal, .decimal), (.decimal, .integer), (.decimal, .long), (.integer, .decimal), (.long, .decimal):
            return DecimalArithmetic.compare(l, r)
        case (.array(let a), .array(let b)): return compareArrays(a, b)
        // Structs order field by field, a null field first, as Spark's struct ordering.
        case (.structure(_, let a), .structure(_, let b)): return compareArrays(a, b)
        default:
            if let a = l.int64Value, let b = r.int64Value { return a == b ? 0 : (a < b ? -1 : 1) }
            guard let a = l.doubleValue, let b = r.doubleValue else { return nil }
            // Spark orders NaN above every other double and treats NaN = NaN.
            if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : (a.isNaN ? 1 : -1) }
            return a == b ? 0 : (a < b ? -1 : 1)
        }
    }

    /// Spark's array ordering: element by element, a null element before any value, then the shorter first.
    static func compareArrays(_ a: [Value], _ b: [Value]) -> Int? {
        for (x, y) in zip(a, b) {
            switch (x.isNull, y.isNull) {
            case (true, true): continue
            case (true, false): return -1
            case (false, true): return 1
            case (false, false):
                guard let order = compare(x, y) else { return nil }
                if order != 0 { return order }
            }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
