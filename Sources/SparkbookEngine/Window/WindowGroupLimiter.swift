/// Runs a `WindowGroupLimitSpec` over a partition's batches without sorting them: each window partition (found
/// by a hash table on the typed key columns) keeps a short list of its best rows by the order keys, ties in
/// arrival order. The rows kept leave in their input order, so the stable sort of the window above meets
/// equal rows in the order it would have met them without the limit.
struct WindowGroupLimiter {
    let spec: WindowGroupLimitSpec
    let schema: StructType
    /// Rows already limited, then batches not yet looked at.
    private var kept: RecordBatch?
    private var pending: [RecordBatch] = []
    private var pendingRows = 0
    /// Rows buffered before they are limited together (bounds memory on a long partition: every column of a
    /// wide scan is buffered; the typed limit makes limiting the kept rows again cheap).
    static let bufferRows = 1 << 18

    init(spec: WindowGroupLimitSpec, schema: StructType) {
        self.spec = spec
        self.schema = schema
    }

    mutating func add(_ batch: RecordBatch) throws {
        guard batch.rowCount > 0 else { return }
        pending.append(batch)
        pendingRows += batch.rowCount
        if pendingRows >= max(Self.bufferRows, kept?.rowCount ?? 0) { try compact() }
    }

    mutating func finish() throws -> RecordBatch {
        try compact()
        return kept ?? .empty(schema)
    }

    private mutating func compact() throws {
        guard !pending.isEmpty else { return }
        let all = RecordBatch.concatenating((kept.map { [$0] } ?? []) + pending, schema: schema)
        pending = []
        pendingRows = 0
        let rows = try keptRows(all)
        kept = rows.count == all.rowCount ? all : all.gather(rows)
    }

    /// The rows of `batch` the limit keeps, ascending: on typed buffers (`RowNumberGroupLimit`) when the
    /// limit's shape allows, else through `KeyColumn`s.
    func keptRows(_ batch: RecordBatch) throws -> [Int] {
        if let typed = RowNumberGroupLimit(spec) {
            let partition = try spec.partitionKeys.map { try $0.evaluate(batch) }
            let order = try spec.orderKeys[0].expression.evaluate(batch)
            if let rows = typed.keptRows(partition: partition, order: order, rowCount: batch.rowCount) { return rows }
        }
        return try generalKeptRows(batch)
    }

    /// `keptRows` for any keys and rank-like function: a `KeyGroupTable` and a short list of rows per group.
    func generalKeptRows(_ batch: RecordBatch) throws -> [Int] {
        let n = batch.rowCount
        let partition = try spec.partitionKeys.map { KeyColumn(try $0.evaluate(batch)) }
        let order = try spec.orderKeys.map { KeyColumn(try $0.expression.evaluate(batch)) }
        let directions = spec.orderKeys.map(\.direction)
        let k = spec.limit
        var groups = KeyGroupTable(keys: partition)
        var lists: [[Int32]] = []
        @inline(__always) func compare(_ a: Int32, _ b: Int32) -> Int {
            SortKernel.compareRows(order, directions, Int(a), Int(b))
        }
        for r in 0..<n {
            let g = groups.group(of: r)
            if g == lists.count { lists.append([]) }
            let row = Int32(r)
            // A later row never beats an equal earlier one: it goes after its equals.
            switch spec.function {
            case .rowNumber:
                if lists[g].count >= k && compare(row, lists[g][lists[g].count - 1]) >= 0 { continue }
            case .rank:
                if lists[g].count >= k && compare(row, lists[g][k - 1]) > 0 { continue }
            case .denseRank: break
            }
            var at = lists[g].count
            while at > 0 && compare(row, lists[g][at - 1]) < 0 { at -= 1 }
            lists[g].insert(row, at: at)
            switch spec.function {
            case .rowNumber:
                if lists[g].count > k { lists[g].removeLast() }
            case .rank:
                while lists[g].count > k && compare(lists[g][lists[g].count - 1], lists[g][k - 1]) > 0 { lists[g].removeLast() }
            case .denseRank:
                var distinct = 1
                for i in 1..<max(1, lists[g].count) where compare(lists[g][i - 1], lists[g][i]) != 0 {
                    distinct += 1
                    if distinct > k { lists[g].removeSubrange(i...); break }
                }
            }
        }
        var rows: [Int] = []
        rows.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists { for r in list { rows.append(Int(r)) } }
        rows.sort()
        return rows
    }
}
