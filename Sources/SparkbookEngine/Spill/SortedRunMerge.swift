/// The k-way merge of sorted runs: the smallest current row of any run next, ties from the earlier run (so the
/// merge is as stable as the sort kernel). Runs are few (one per spill), so a scan over them beats a heap.
enum SortedRunMerge {
    /// Calls `body` with each row in merged order (its batch and row index).
    static func forEachRow(_ cursors: inout [SortedRunCursor], _ body: (RecordBatch, Int) throws -> Void) throws {
        while true {
            var best: Int?
            for i in cursors.indices where cursors[i].batch != nil {
                if let b = best, cursors[i].compare(cursors[b]) >= 0 { continue }
                best = i
            }
            guard let best, let batch = cursors[best].batch else { return }
            try body(batch, cursors[best].row)
            try cursors[best].advance()
        }
    }

    /// The merged rows in batches of `batchRows` (one empty batch when there are none).
    static func merge(_ cursors: inout [SortedRunCursor], schema: StructType, batchRows: Int) throws -> [RecordBatch] {
        var out = MergedBatches(schema: schema, batchRows: batchRows)
        try forEachRow(&cursors) { batch, row in
            if out.rows >= batchRows { out.flush() }
            out.append(batch, row)
        }
        return out.finish()
    }
}

/// Rows gathered one at a time from merged runs into batches.
struct MergedBatches {
    let schema: StructType
    let batchRows: Int
    private var builders: [ColumnBuilder]
    private(set) var rows = 0
    private var done: [RecordBatch] = []

    init(schema: StructType, batchRows: Int) {
        self.schema = schema
        self.batchRows = batchRows
        builders = schema.fields.map { ColumnBuilder(type: $0.dataType, capacity: batchRows) }
    }

    mutating func append(_ batch: RecordBatch, _ row: Int) {
        for c in builders.indices { builders[c].append(batch.columns[c].value(at: row)) }
        rows += 1
    }

    mutating func flush() {
        done.append(RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: rows))
        builders = schema.fields.map { ColumnBuilder(type: $0.dataType, capacity: batchRows) }
        rows = 0
    }

    mutating func take() -> [RecordBatch] {
        defer { done = [] }
        return done
    }

    mutating func finish() -> [RecordBatch] {
        if rows > 0 || done.isEmpty { flush() }
        return take()
    }
}
