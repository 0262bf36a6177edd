/// A position in one sorted run of an external sort: the run's current batch, its sort-key values, and the row.
struct SortedRunCursor {
    /// The run's batch `i`, or nil past its end.
    let next: (Int) throws -> RecordBatch?
    let keys: [SortKey]
    private(set) var batch: RecordBatch?
    private(set) var keyValues: [[Value]] = []
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
            let columns = try keys.map { try $0.expression.evaluate(candidate) }
            keyValues = columns.map { c in (0..<candidate.rowCount).map { c.value(at: $0) } }
            row = 0
            return
        }
        batch = nil
    }

    mutating func advance() throws {
        row += 1
        if let batch, row >= batch.rowCount { try load() }
    }

    /// Compares this cursor's row with `other`'s by the sort keys.
    func compare(_ other: SortedRunCursor) -> Int {
        for (k, key) in keys.enumerated() {
            let c = RowSorter.compareValues(keyValues[k][row], other.keyValues[k][other.row], key.direction)
            if c != 0 { return c }
        }
        return 0
    }
}
