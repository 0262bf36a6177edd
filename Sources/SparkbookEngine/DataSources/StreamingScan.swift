/// A scan that hands a partition over in batches (CSV files, ranges): long partitions stream through projects,
/// filters and partial aggregation instead of being materialised, and a cancelled task stops between batches.
protocol StreamingScan: DataScan {
    /// Reads partition `index` as batches of at most `maxRows` rows, `columns` only, in that order.
    func forEachBatch(partition index: Int, columns: [Int], maxRows: Int,
                      _ body: (RecordBatch) throws -> Void) throws
}

extension CSVScan: StreamingScan {}
