/// Spark's round-robin exchange (`repartition(n)` without columns), so each row lands in Spark's partition:
/// a map task sorts its rows by `UnsafeRow.hashCode()` (`spark.sql.execution.sortBeforeRepartition`, which makes
/// the deal independent of arrival order), then deals them out starting one past
/// `XORShiftRandom(mapPartition).nextInt(n)`.
enum RoundRobinExchange {
    /// The reduce partition before the first row's.
    static func start(mapPartition: Int, partitions n: Int) -> Int {
        var random = XORShiftRandom(seed: Int64(mapPartition))
        return Int(random.nextInt(Int32(n)))
    }

    /// The map task's rows in the order Spark deals them: by the hash of the whole row (pruned to the columns
    /// read above it, Optimizer/ColumnPruning), or in arrival order when a column type's row layout is not modelled.
    static func dealingOrder(_ batches: [RecordBatch], schema: StructType) -> [RecordBatch] {
        let all = RowSorter.concatenate(batches, schema: schema)
        guard let hashes = UnsafeRowHash.hashes(all) else { return batches }
        return [all.gather(all.rowCount == 0 ? [] : (0..<all.rowCount).sorted { (hashes[$0], $0) < (hashes[$1], $1) })]
    }
}
