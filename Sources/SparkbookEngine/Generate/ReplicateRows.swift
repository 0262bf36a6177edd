/// `__replicate_rows(n [, m])`: an array of `min(n, m)` nulls, which `explode` turns into that many copies of
/// the row. It is how `exceptAll` and `intersectAll` emit each surviving row as many times as it counts, the
/// part Spark's `ReplicateRows` generator plays in its rewrite of those operators into an aggregate.
public enum ReplicateRows {
    public static let name = "__replicate_rows"

    static let function = RowFunction(name, arity: 1...2, signature: { types, _ in
        FunctionSignature(inputs: types.map { _ in DataType.long }, result: .array(element: .long, containsNull: true))
    }) { values, _ in
        let n = values.compactMap(\.int64Value).min() ?? 0
        return .array(Array(repeating: .null, count: Int(max(0, n))))
    }
}
