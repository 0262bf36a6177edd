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

    mutating func advance() throws {
        row += 1
        if let batch, row >= batch.rowCount { try load() }
    }

    /// Compares this cursor's row with `other`'s by the sort keys, nulls placed as each direction says (as
    /// `SortKernel` sorted the runs).
    func compare(_ other: SortedRunCursor) -> Int {
        for (k, key) in keys.enumerated() {
            let x = keyColumns[k], y = other.keyColumns[k]
            let na = x.isNull(row), nb = y.isNull(other.row)
            if na || nb {
                if na && nb { continue }
                return na == key.direction.nullsFirst ? -1 : 1
            }
            let c = x.compare(row, to: y, other.row)
            if c != 0 { return key.direction.ascending ? c : -c }
        }
        return 0
    }
}
