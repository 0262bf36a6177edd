/// Sorted runs of distinct keys (a spilled aggregate's groups, one run per spill) merged by key ranges instead
/// of row by row: each step takes from every run the rows up to the smallest last key among the runs' current
/// batches, so all of a key's rows, from every run, arrive in one chunk, as slices of the runs' own batches.
/// Keys (the columns `keyColumns`, in order) are compared on their typed buffers (`KeyColumn`) in the order the
/// runs were sorted in (ascending, nulls first); each step costs a binary search per run, not a comparison per row.
enum KeyRangeMerge {
    /// Rows `rows` of run `run`'s current batch, with its key columns.
    struct Slice {
        let run: Int
        let batch: RecordBatch
        let keys: [KeyColumn]
        let rows: Range<Int>
    }

    /// A run's position: its current batch and the first row not yet taken.
    private struct Cursor {
        let next: (Int) throws -> RecordBatch?
        var batch: RecordBatch?
        var keys: [KeyColumn] = []
        var row = 0
        var batchIndex = 0

        mutating func load(keyColumns: [Int]) throws {
            while let candidate = try next(batchIndex) {
                batchIndex += 1
                guard candidate.rowCount > 0 else { continue }
                batch = candidate
                keys = keyColumns.map { KeyColumn(candidate.columns[$0]) }
                row = 0
                return
            }
            batch = nil
            keys = []
        }
    }

    /// Row `a` of `x` against row `b` of `y`: ascending, nulls first, as `SortKernel` sorted the runs.
    static func compare(_ x: [KeyColumn], _ a: Int, _ y: [KeyColumn], _ b: Int) -> Int {
        for k in x.indices {
            let na = x[k].isNull(a), nb = y[k].isNull(b)
            if na || nb {
                if na && nb { continue }
                return na ? -1 : 1
            }
            let c = x[k].compare(a, to: y[k], b)
            if c != 0 { return c }
        }
        return 0
    }

    /// Calls `body` with each chunk, in key order: the slices taken from each run, in run order. `runs[i]`
    /// gives run i's batch number n, or nil past its end.
    static func forEachChunk(runs: [(Int) throws -> RecordBatch?], keyColumns: [Int],
                             _ body: ([Slice]) throws -> Void) throws {
        var cursors = try runs.map { next -> Cursor in
            var cursor = Cursor(next: next)
            try cursor.load(keyColumns: keyColumns)
            return cursor
        }
        while true {
            // The bound: the smallest of the current batches' last keys. Every run's rows up to it are in its
            // current batch (a run's later batches hold larger keys only, its keys being distinct).
            var bound: (run: Int, row: Int)?
            for r in cursors.indices {
                guard let batch = cursors[r].batch else { continue }
                let last = batch.rowCount - 1
                if let b = bound, compare(cursors[r].keys, last, cursors[b.run].keys, b.row) >= 0 { continue }
                bound = (r, last)
            }
            guard let bound else { return }
            let boundKeys = cursors[bound.run].keys
            var slices: [Slice] = []
            for r in cursors.indices {
                guard let batch = cursors[r].batch else { continue }
                let keys = cursors[r].keys
                // The first row past the bound.
                var lo = cursors[r].row, hi = batch.rowCount
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if compare(keys, mid, boundKeys, bound.row) <= 0 { lo = mid + 1 } else { hi = mid }
                }
                if lo > cursors[r].row { slices.append(Slice(run: r, batch: batch, keys: keys, rows: cursors[r].row..<lo)) }
                cursors[r].row = lo
                if lo == batch.rowCount { try cursors[r].load(keyColumns: keyColumns) }
            }
            try body(slices)
        }
    }

    /// The chunk's rows as one batch, slices in order.
    static func rows(of slices: [Slice], schema: StructType) -> RecordBatch {
        let parts = slices.map { slice in
            slice.rows == 0..<slice.batch.rowCount ? slice.batch : slice.batch.gather(Array(slice.rows))
        }
        return parts.count == 1 ? parts[0] : RecordBatch.concatenating(parts, schema: schema)
    }

    /// For each row of the chunk (slices in order), whether it is its key's first: no earlier slice holds the
    /// key. Each slice is sorted, so each earlier slice is checked in one two-pointer pass.
    static func firstOfKey(_ slices: [Slice]) -> [Bool] {
        var offsets: [Int] = []
        var total = 0
        for slice in slices { offsets.append(total); total += slice.rows.count }
        var first = [Bool](repeating: true, count: total)
        for s in slices.indices {
            let later = slices[s]
            for earlier in slices[..<s] {
                var i = later.rows.lowerBound, j = earlier.rows.lowerBound
                while i < later.rows.upperBound && j < earlier.rows.upperBound {
                    let c = compare(later.keys, i, earlier.keys, j)
                    if c == 0 {
                        first[offsets[s] + i - later.rows.lowerBound] = false
                        i += 1
                        j += 1
                    } else if c < 0 {
                        i += 1
                    } else {
                        j += 1
                    }
                }
            }
        }
        return first
    }
}
