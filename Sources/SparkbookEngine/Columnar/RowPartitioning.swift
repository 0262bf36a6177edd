/// Rows of one batch dealt into partitions by a counting sort: where each row goes in the partition-grouped
/// order (rows of a partition keep their order), so every column is split in one sequential pass that writes
/// each row once (`ColumnVector+Partitioning`), instead of a gather per partition over the whole column, which
/// read every column once per partition (an exchange into 200 partitions read each 200 times).
struct RowPartitioning {
    /// The number of partitions.
    let count: Int
    /// Each row's partition.
    let partitionOf: [Int32]
    /// Partition `p`'s rows are positions `starts[p] ..< starts[p + 1]` of the grouped order.
    let starts: [Int]
    /// Each row's position in the grouped order.
    let destination: [Int32]

    init(partitionOf: [Int32], count: Int) {
        self.count = count
        self.partitionOf = partitionOf
        var starts = [Int](repeating: 0, count: count + 1)
        for p in partitionOf { starts[Int(p) &+ 1] &+= 1 }
        for p in 0..<count { starts[p &+ 1] &+= starts[p] }
        var fill = starts
        destination = [Int32](unsafeUninitializedCapacity: partitionOf.count) { out, initialized in
            for (row, p) in partitionOf.enumerated() {
                out[row] = Int32(truncatingIfNeeded: fill[Int(p)])
                fill[Int(p)] &+= 1
            }
            initialized = partitionOf.count
        }
        self.starts = starts
    }

    var rowCount: Int { partitionOf.count }

    /// Rows in partition `p`.
    func rows(in p: Int) -> Int { starts[p &+ 1] &- starts[p] }

    /// The row numbers of every partition, grouped (the inverse of `destination`).
    var order: [Int] {
        var order = [Int](repeating: 0, count: rowCount)
        for (row, position) in destination.enumerated() { order[Int(position)] = row }
        return order
    }

    /// `batch` (whose rows these are) split into one batch per partition, `schema` on each.
    func split(_ batch: RecordBatch, schema: StructType) -> [RecordBatch] {
        let columns = batch.columns.map { $0.partitioned(self) }
        return (0..<count).map { p in
            RecordBatch(schema: schema, columns: columns.map { $0[p] }, rowCount: rows(in: p))
        }
    }
}
