/// `repartitionById(n, col)`: the row goes to the partition its integer column names (Spark's
/// `DirectShufflePartitionID`), taken modulo the partition count. A hash exchange keyed by this one call uses
/// the value itself instead of its hash (`ShufflePartitioner.partitions`).
public enum DirectPartitionID {
    public static let name = "direct_shuffle_partition_id"

    public static func call(_ value: Expression) -> Expression { .function(name, [value]) }

    static let function: any ScalarFunction = RowFunction(name, arity: 1...1, signature: { t, _ in
        guard [.integer, .long, .short, .byte].contains(t[0]) else {
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                             message: "The partition ID expression must be of integer type, got \"\(t[0].simpleString.uppercased())\".",
                             sqlState: "42K09")
        }
        return FunctionSignature(inputs: [.integer], result: .integer)
    }) { v, _ in v[0] }

    /// The partition each row goes to when `keys` is this one call, nil for any other keys.
    static func partitions(of keys: [BoundExpression], in batch: RecordBatch, count: Int) throws -> [Int32]? {
        guard keys.count == 1, case .function(let f, let args) = keys[0], f.function.name == name else { return nil }
        let ids = try args[0].evaluate(batch)
        return (0..<batch.rowCount).map { row in
            guard case .integer(let id) = ids.value(at: row) else { return 0 }
            let r = Int(id) % count
            return Int32(r < 0 ? r + count : r)
        }
    }
}
