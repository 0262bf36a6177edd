/// The k-way merge of sorted runs: the smallest current row of any run next, ties from the earlier run (so the
/// merge is as stable as the sort kernel). Runs are few (one per spill), so a scan over them beats a heap.
enum SortedRunMerge {
    /// The run whose current row comes first (the earliest run on ties), nil when all are done.
    private static func smallest(_ cursors: [SortedRunCursor]) -> Int? {
        var best: Int?
        for i in cursors.indices where cursors[i].batch != nil {
            if let b = best, cursors[i].compare(cursors[b]) >= 0 { continue }
            best = i
        }
        return best
    }

    /// The next at most `batchRows` merged rows, or nil when every run is done.
    static func nextBatch(_ cursors: inout [SortedRunCursor], schema: StructType, batchRows: Int) throws -> RecordBatch? {
        var builders = schema.fields.map { ColumnBuilder(type: $0.dataType, capacity: batchRows) }
        var rows = 0
        while rows < batchRows, let best = smallest(cursors), let batch = cursors[best].batch {
            let row = cursors[best].row
            for c in builders.indices { builders[c].append(batch.columns[c].value(at: row)) }
            rows += 1
            try cursors[best].advance()
        }
        return rows > 0 ? RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: rows) : nil
    }
}
