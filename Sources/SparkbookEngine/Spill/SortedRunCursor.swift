/// A position in one sorted run of an external sort: the run's current batch, its sort-key columns (typed, as
/// `KeyColumn` compares them), and the row.
struct SortedRunCursor {
    /// The run's batch `i`, or nil past its end.
    let next: (Int) throws -> RecordBatch?
    let keys: [SortKey]
    private(set) var batch: RecordBatch?
    private(set) var keyColumns: [KeyColumn] = []
    private(set) var row = 0
    private var batchIndex = 0

    init(next: @escaping (Int) throws -> RecordBatch?, keys: [SortKey]) throws {
        self.next = next
        self.keys = keys
        try load()
    }

    private mutating func load() throws {
        while let candidate = try next(batchIndex) {
            batchIndex += 1
            guard candidate.rowCount > 0 else { continue }
            batch = candidate
            keyColumns = try keys.map { KeyColumn(try $0.expression.evaluate(candidate)) }
            row = 0
            return
        }
        batch = nil
    }

    mutating func advance(by rows: Int = 1) throws {
        row += rows
        if let batch, row >= batch.rowCount { try load() }
    }

    /// Compares this cursor's row with `other`'s by the sort keys, nulls placed as each direction says (as
    /// `SortKernel` sorted the runs).
    func compare(_ other: SortedRunCursor) -> Int {
        Self.compare(keys, keyColumns, row, other.keyColumns, other.row)
    }

    /// Row `i` of key columns `a` against row `j` of `b`, in the order of `keys`.
    static func compare(_ keys: [SortKey], _ a: [KeyColumn], _ i: Int, _ b: [KeyColumn], _ j: Int) -> Int {
        for (k, key) in keys.enumerated() {
            let x = a[k], y = b[k]
            let na = x.isNull(i), nb = y.isNull(j)
            if na || nb {
                if na && nb { continue }
                return na == key.direction.nullsFirst ? -1 : 1
            }
            let c = x.compare(i, to: y, j)
            if c != 0 { return key.direction.ascending ? c : -c }
        }
        return 0
    }

    /// The first row from the current one on whose key is not below (`orEqual`: is above) row `j` of `bound`,
    /// found by binary search in the current batch (the batch's row count when there is none).
    func end(before bound: [KeyColumn], _ j: Int, orEqual: Bool) -> Int {
        guard let batch else { return row }
        var lo = row, hi = batch.rowCount
        while lo < hi {
            let mid = (lo + hi) / 2
            let c = Self.compare(keys, keyColumns, mid, bound, j)
            if c < 0 || (orEqual && c == 0) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
