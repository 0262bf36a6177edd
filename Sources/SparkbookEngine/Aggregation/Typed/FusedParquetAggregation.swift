/// The fused map side of `scan parquet -> (project of columns) -> partial aggregate`: each row group's needed
/// columns go straight into `AggregationBatch` blocks, a row group at a time, with no `RecordBatch` of the
/// partition in between. A dictionary-encoded column is encoded once per dictionary entry and looked up per
/// row, so a string key is neither copied out of its page nor hashed per row.
///
/// Rows reach the aggregator in the order the general path hands them over (files, then row groups, then rows),
/// so groups, their order and every sum are the same.
struct FusedParquetAggregation {
    let scan: ParquetScan
    /// Schema columns the scan reads, in scan output order.
    let columns: [Int]
    let plan: TypedAggregationPlan

    /// Nil when the scan is not a Parquet scan.
    init?(scan: any DataScan, columns: [Int], plan: TypedAggregationPlan) {
        guard let scan = scan as? ParquetScan else { return nil }
        self.scan = scan
        self.columns = columns
        self.plan = plan
    }

    /// Folds partition `index` into `aggregator`, a block of rows at a time; returns the rows read. `afterBlock`
    /// runs after each block is folded (where a memory-bounded caller reserves memory or spills).
    @discardableResult
    func run(partition index: Int, into aggregator: inout TypedPartialAggregator,
             afterBlock: (inout TypedPartialAggregator) throws -> Void = { _ in }) throws -> Int {
        let capacity = FusedCSVAggregation.blockRows
        let block = AggregationBatch(capacity: capacity, keyCount: plan.keyColumns.count, inputCount: plan.callColumns.count)
        // Scan output ordinals read, each once.
        let needed = Array(Set(plan.keyColumns + plan.callColumns.compactMap { $0 })).sorted()
        var rows = 0
        try scan.forEachRowGroup(partition: index) { reader, group, path in
            let count = Int(reader.metadata.rowGroups[group].rowCount)
            // The row group's needed column chunks decode in parallel.
            let (scan, columns) = (scan, columns)
            let decoded = try ParallelMap.map(needed.count) {
                try scan.column(columns[needed[$0]], of: reader, rowGroup: group, path: path, rows: count)
            }
            let read = Dictionary(uniqueKeysWithValues: zip(needed, decoded))
            // Per dictionary-encoded column, its entries encoded once as the keys and inputs that read it.
            var keyEntries: [Int: AggregationBatch] = [:], inputEntries: [Int: AggregationBatch] = [:]
            for (k, ordinal) in plan.keyColumns.enumerated() {
                guard case .dictionary(let entries, _)? = read[ordinal] else { continue }
                let e = AggregationBatch(capacity: max(1, entries.count), keyCount: 1, inputCount: 0)
                e.encodeKey(entries, k: 0, from: 0, rows: entries.count, dictionary: &aggregator.dictionary)
                keyEntries[k] = e
            }
            for (c, ordinal) in plan.callColumns.enumerated() {
                guard let ordinal, case .dictionary(let entries, _)? = read[ordinal] else { continue }
                let e = AggregationBatch(capacity: max(1, entries.count), keyCount: 0, inputCount: 1)
                e.copyInput(entries, c: 0, from: 0, rows: entries.count, asDouble: plan.readsDouble(c))
                inputEntries[c] = e
            }
            var start = 0
            while start < count {
                let n = min(capacity, count - start)
                for (k, ordinal) in plan.keyColumns.enumerated() {
                    switch read[ordinal]! {
                    case .values(let column):
                        block.encodeKey(column, k: k, from: start, rows: n, dictionary: &aggregator.dictionary)
                    case .dictionary(_, let perRow):
                        block.gatherKey(k, from: keyEntries[k]!, rows: perRow, start: start, count: n)
                    }
                }
                for (c, ordinal) in plan.callColumns.enumerated() {
                    guard let ordinal else { continue }
                    switch read[ordinal]! {
                    case .values(let column):
                        block.copyInput(column, c: c, from: start, rows: n, asDouble: plan.readsDouble(c))
                    case .dictionary(_, let perRow):
                        block.gatherInput(c, from: inputEntries[c]!, rows: perRow, start: start, count: n)
                    }
                }
                block.rowCount = n
                aggregator.consume(block)
                try afterBlock(&aggregator)
                start += n
            }
            rows += count
        }
        return rows
    }
}

extension AggregationBatch {
    /// Key `k` of rows `start ..< start + count` from the codes of dictionary entries (`entries`' key 0),
    /// `rows` holding each row's entry (-1: null).
    func gatherKey(_ k: Int, from entries: AggregationBatch, rows perRow: [Int32], start: Int, count: Int) {
        let codes = keyCodes + k * capacity, tails = keyTails + k * capacity, valid = keyValid + k * capacity
        perRow.withUnsafeBufferPointer { perRow in
            for row in 0..<count {
                let entry = Int(perRow[start &+ row])
                if entry >= 0 {
                    codes[row] = entries.keyCodes[entry]; tails[row] = entries.keyTails[entry]; valid[row] = true
                } else {
                    codes[row] = 0; tails[row] = 0; valid[row] = false
                }
            }
        }
    }

    /// Input `c` of rows `start ..< start + count` from dictionary entries' inputs (`entries`' input 0).
    func gatherInput(_ c: Int, from entries: AggregationBatch, rows perRow: [Int32], start: Int, count: Int) {
        let longs = self.longs + c * capacity, doubles = self.doubles + c * capacity, valid = inputValid + c * capacity
        perRow.withUnsafeBufferPointer { perRow in
            for row in 0..<count {
                let entry = Int(perRow[start &+ row])
                if entry >= 0 {
                    longs[row] = entries.longs[entry]; doubles[row] = entries.doubles[entry]
                    valid[row] = entries.inputValid[entry]
                } else {
                    valid[row] = false
                }
            }
        }
    }
}
