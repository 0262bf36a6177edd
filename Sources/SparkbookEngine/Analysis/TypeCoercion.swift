/// Spark's implicit widening between the engine's types.
public enum TypeCoercion {
    /// The tightest type both sides widen to, or nil when there is none.
    public static func commonType(_ a: DataType, _ b: DataType) -> DataType? {
        if a == b { return a }
        switch (a, b) {
        case (.null, let t), (let t, .null): return t
        case _ where integralRank(a) != nil && integralRank(b) != nil:
            return integralRank(a)! > integralRank(b)! ? a : b
        // Spark 4's ANSI coercion widens a float meeting any other number to double (`f + 1` is double).
        case (.float, _) where b.isNumeric, (_, .float) where a.isNumeric: return .double
        case (.integer, .double), (.double, .integer), (.long, .double), (.double, .long),
             (.byte, .double), (.double, .byte), (.short, .double), (.double, .short): return .double
        case (.date, .timestamp), (.timestamp, .date), (.timestampNTZ, .timestamp), (.timestamp, .timestampNTZ): return .timestamp
        case (.date, .timestampNTZ), (.timestampNTZ, .date): return .timestampNTZ
        case (.array(let x, let xNull), .array(let y, let yNull)):
            return commonType(x, y).map { .array(element: $0, containsNull: xNull || yNull) }
        case (.map(let k1, let v1, let n1), .map(let k2, let v2, let n2)):
            guard let k = commonType(k1, k2), let v = commonType(v1, v2) else { return nil }
            return .map(key: k, value: v, valueContainsNull: n1 || n2)
        case (.structure(let x), .structure(let y)) where x.names.map { $0.lowercased() } == y.names.map { $0.lowercased() }:
            var fields: [StructField] = []
            for (f, g) in zip(x.fields, y.fields) {
                guard let t = commonType(f.dataType, g.dataType) else { return nil }
                fields.append(StructField(f.name, t, nullable: f.nullable || g.nullable))
            }
            return .structure(StructType(fields))
        // ANSI (Spark 4's default): a string meeting an integral type becomes BIGINT, meeting a double, DOUBLE.
        case (.string, let t) where integralRank(t) != nil: return .long
        case (let t, .string) where integralRank(t) != nil: return .long
        case (.string, let t) where t.isNumeric: return .double
        case (let t, .string) where t.isNumeric: return .double
        case (.decimal, .double), (.double, .decimal): return .double
        case (.decimal, _), (_, .decimal): return DecimalCoercion.wider(a, b)
        case (.string, _), (_, .string): return .string
        default: return nil
        }
    }

    /// The order integral types widen in (`tinyint` < `smallint` < `int` < `bigint`); nil for other types.
    static func integralRank(_ type: DataType) -> Int? {
        switch type {
        case .byte: 0
        case .short: 1
        case .integer: 2
        case .long: 3
        default: nil
        }
    }

    /// Wraps `e` in a cast unless it already has the type.
    public static func cast(_ e: BoundExpression, to type: DataType) -> BoundExpression {
        e.dataType == type ? e : .cast(e, type)
    }
}
