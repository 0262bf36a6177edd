/// `HashPartitioning` over typed key columns: the same Murmur3 chain as `ShufflePartitioner.partition(of:)`,
/// without a `Value` per key.
extension ShufflePartitioner {
    /// The reduce partition of every row of `batch` by the values of `keys`.
    static func partitions(of keys: [BoundExpression], in batch: RecordBatch, count: Int) throws -> [Int32] {
        if let direct = try DirectPartitionID.partitions(of: keys, in: batch, count: count) { return direct }
        let columns = try keys.map { KeyColumn(try $0.evaluate(batch)) }
        return (0..<batch.rowCount).map { row in
            var h = SparkMurmur3.defaultSeed
            for column in columns { h = column.hash(row, seed: h) }
            let r = Int(h) % count
            return Int32(r < 0 ? r + count : r)
        }
    }
}
