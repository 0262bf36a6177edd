/// The k-way merge of sorted runs, by key ranges rather than row by row: each step takes, from every run in
/// turn, the rows below the smallest last key of the runs' current batches (all of them lie in those batches),
/// and sorts that chunk with the stable sort kernel, so equal keys keep run order, then position: the order of a
/// row-by-row merge that takes ties from the earlier run. When every run's current rows start at that key, its
/// equal rows are taken run by run, across batches, as they are.
enum SortedRunMerge {
    typealias Kernel = (RecordBatch, [SortKey]) throws -> [Int]

    /// The next merged rows (a chunk of key ranges), or nil when every run is done.
    static func nextBatch(_ cursors: inout [SortedRunCursor], schema: StructType,
                          kernel: Kernel = RowSorter.order) throws -> RecordBatch? {
        let active = cursors.indices.filter { cursors[$0].batch != nil }
        guard let first = active.first else { return nil }
        var pieces: [RecordBatch] = []
        func take(_ i: Int, to end: Int) throws {
            guard let batch = cursors[i].batch, end > cursors[i].row else { return }
            let start = cursors[i].row
            pieces.append(start == 0 && end == batch.rowCount ? batch : batch.gather(Array(start..<end)))
            try cursors[i].advance(by: end - start)
        }
        if active.count == 1 {
            try take(first, to: cursors[first].batch!.rowCount)
            return pieces[0]
        }
        // The bound: the smallest of the current batches' last keys.
        var smallest = first
        for i in active.dropFirst() {
            let a = cursors[i], b = cursors[smallest]
            if SortedRunCursor.compare(a.keys, a.keyColumns, a.batch!.rowCount - 1, b.keyColumns, b.batch!.rowCount - 1) < 0 {
                smallest = i
            }
        }
        let bound = cursors[smallest].keyColumns, boundRow = cursors[smallest].batch!.rowCount - 1
        for i in active { try take(i, to: cursors[i].end(before: bound, boundRow, orEqual: false)) }
        if !pieces.isEmpty {
            let chunk = pieces.count == 1 ? pieces[0] : RowSorter.concatenate(pieces, schema: schema)
            return pieces.count == 1 ? chunk : chunk.gather(try kernel(chunk, cursors[first].keys))
        }
        // Every run's current rows start at the bound: its equal rows, run by run.
        for i in active {
            while cursors[i].batch != nil {
                let end = cursors[i].end(before: bound, boundRow, orEqual: true)
                let ended = end < cursors[i].batch!.rowCount
                try take(i, to: end)
                if ended { break }
            }
        }
        return RowSorter.concatenate(pieces, schema: schema)
    }
}
