/// A sorted stream's rows (`SortedBatches`, ascending by `keys`, nulls first) taken off the front in whole key
/// groups: an operator that needs every row of a key together (a sort-merge join's two sides, a window's
/// partition) holds one chunk of groups at a time, not the whole partition, as Spark's `SortMergeJoinExec`
/// and `WindowExec` read their sorted children.
struct SortedKeyGroups {
    /// A row's key: the row of key columns it lies in.
    struct Key {
        let columns: [KeyColumn]
        let row: Int

        func compare(to other: Key) -> Int { KeyTupleOrder.compare(columns, row, other.columns, other.row) }
    }

    private var source: SortedBatches
    let keys: [BoundExpression]
    /// Batches read and not yet wholly taken: the first from row `start` on.
    private var pending: [(batch: RecordBatch, keys: [KeyColumn], start: Int)] = []
    private(set) var bufferedRows = 0
    private var exhausted = false

    init(_ source: SortedBatches, keys: [BoundExpression]) {
        self.source = source
        self.keys = keys
    }

    /// Reads until at least `rows` rows are buffered or the stream ends.
    mutating func fill(_ rows: Int) throws {
        while bufferedRows < rows, !exhausted {
            guard let batch = try source.next() else { exhausted = true; return }
            guard batch.rowCount > 0 else { continue }
            pending.append((batch, try keys.map { KeyColumn(try $0.evaluate(batch)) }, 0))
            bufferedRows += batch.rowCount
        }
    }

    /// The key of buffered row `n` (`n < bufferedRows`).
    func key(at n: Int) -> Key {
        var n = n
        for p in pending {
            let count = p.batch.rowCount - p.start
            if n < count { return Key(columns: p.keys, row: p.start + n) }
            n -= count
        }
        preconditionFailure("row \(n) past the \(bufferedRows) buffered")
    }

    /// Takes every row whose key is at most `bound` (every row left when nil), reading on as far as needed.
    mutating func take(through bound: Key?) throws -> [RecordBatch] {
        var out: [RecordBatch] = []
        while true {
            if pending.isEmpty { try fill(1) }
            guard let (batch, keyColumns, start) = pending.first else { return out }
            let n = batch.rowCount
            // The first row past the bound: rows are sorted, so a binary search.
            var end = n
            if let bound {
                var lo = start
                while lo < end {
                    let mid = (lo + end) / 2
                    if KeyTupleOrder.compare(keyColumns, mid, bound.columns, bound.row) <= 0 { lo = mid + 1 } else { end = mid }
                }
            }
            if end > start {
                out.append(start == 0 && end == n ? batch : batch.gather(Array(start..<end)))
                bufferedRows -= end - start
            }
            if end < n {
                pending[0].start = end
                return out
            }
            pending.removeFirst()
        }
    }

    /// Closes the sorted stream (its spill file, its reservation).
    mutating func close() {
        pending = []
        source.close()
    }
}
