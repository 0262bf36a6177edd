/// The partial step of a hash aggregate on typed buffers: keys are 64-bit codes in a flat open-addressing
/// table, accumulators are typed arrays indexed by group id, and rows arrive in `AggregationBatch` blocks.
///
/// It produces exactly what `HashAggregator.partialBatches` would: groups in order of first appearance, the same
/// partial columns, the same shuffle partition per key, and sums added in row order.
struct TypedPartialAggregator {
    let plan: TypedAggregationPlan
    var dictionary = StringDictionary()
    private let table: GroupKeyTable
    private var counts: [[Int64]]
    private var longSums: [[Int64]]
    private var doubleSums: [[Double]]
    private var seen: [[Bool]]
    private var ids: [Int32] = []
    /// Set when a BIGINT sum left the 64-bit range (an ANSI `ARITHMETIC_OVERFLOW` for the caller to raise).
    private(set) var overflowed = false

    init(plan: TypedAggregationPlan) {
        self.plan = plan
        table = GroupKeyTable(width: plan.keyColumns.count)
        let n = plan.calls.count
        counts = Array(repeating: [], count: n)
        longSums = Array(repeating: [], count: n)
        doubleSums = Array(repeating: [], count: n)
        seen = Array(repeating: [], count: n)
        // A global aggregate has its one group even over no rows.
        if plan.keyColumns.isEmpty { addGroups(upTo: 1); table.insertEmptyKey() }
    }

    var groupCount: Int { table.count }

    private mutating func addGroups(upTo n: Int) {
        for c in plan.calls.indices where counts[c].count < n {
            let extra = n - counts[c].count
            counts[c].append(contentsOf: repeatElement(0, count: extra))
            seen[c].append(contentsOf: repeatElement(false, count: extra))
            switch plan.calls[c] {
            case .sumLong: longSums[c].append(contentsOf: repeatElement(0, count: extra))
            case .sumDouble, .average: doubleSums[c].append(contentsOf: repeatElement(0, count: extra))
            case .countRows, .countValid: break
            }
        }
    }

    /// Folds a block of rows.
    mutating func consume(_ batch: AggregationBatch) {
        let rows = batch.rowCount
        guard rows > 0 else { return }
        if ids.count < rows { ids = [Int32](repeating: 0, count: batch.capacity) }
        ids.withUnsafeMutableBufferPointer { ids in
            if plan.keyColumns.isEmpty {
                for row in 0..<rows { ids[row] = 0 }
            } else {
                table.groupIds(batch, into: ids.baseAddress!)
            }
        }
        addGroups(upTo: table.count)
        let cap = batch.capacity
        for c in plan.calls.indices {
            let valid = batch.inputValid + c * cap
            ids.withUnsafeBufferPointer { ids in
                switch plan.calls[c] {
                case .countRows:
                    counts[c].withUnsafeMutableBufferPointer { n in
                        for row in 0..<rows { n[Int(ids[row])] += 1 }
                    }
                case .countValid:
                    counts[c].withUnsafeMutableBufferPointer { n in
                        for row in 0..<rows where valid[row] { n[Int(ids[row])] += 1 }
                    }
                case .sumLong:
                    let values = batch.longs + c * cap
                    sumLong(c, rows, ids, values, valid)
                case .sumDouble:
                    let values = batch.doubles + c * cap
                    sumDouble(c, rows, ids, values, valid)
                case .average:
                    if plan.readsDouble(c) {
                        sumDouble(c, rows, ids, batch.doubles + c * cap, valid)
                    } else {
                        let values = batch.longs + c * cap
                        doubleSums[c].withUnsafeMutableBufferPointer { s in
                            counts[c].withUnsafeMutableBufferPointer { n in
                                seen[c].withUnsafeMutableBufferPointer { seen in
                                    for row in 0..<rows where valid[row] {
                                        let g = Int(ids[row])
                                        s[g] += Double(values[row]); n[g] += 1; seen[g] = true
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        batch.rowCount = 0
    }

    private mutating func sumLong(_ c: Int, _ rows: Int, _ ids: UnsafeBufferPointer<Int32>,
                                  _ values: UnsafeMutablePointer<Int64>, _ valid: UnsafeMutablePointer<Bool>) {
        var overflowed = false
        defer { if overflowed { self.overflowed = true } }
        longSums[c].withUnsafeMutableBufferPointer { s in
            counts[c].withUnsafeMutableBufferPointer { n in
                seen[c].withUnsafeMutableBufferPointer { seen in
                    for row in 0..<rows where valid[row] {
                        let g = Int(ids[row])
                        let (sum, overflow) = s[g].addingReportingOverflow(values[row])
                        s[g] = sum; n[g] += 1; seen[g] = true
                        if overflow { overflowed = true }
                    }
                }
            }
        }
    }

    private mutating func sumDouble(_ c: Int, _ rows: Int, _ ids: UnsafeBufferPointer<Int32>,
                                    _ values: UnsafeMutablePointer<Double>, _ valid: UnsafeMutablePointer<Bool>) {
        doubleSums[c].withUnsafeMutableBufferPointer { s in
            counts[c].withUnsafeMutableBufferPointer { n in
                seen[c].withUnsafeMutableBufferPointer { seen in
                    for row in 0..<rows where valid[row] {
                        let g = Int(ids[row])
                        s[g] += values[row]; n[g] += 1; seen[g] = true
                    }
                }
            }
        }
    }

    /// Partial states split into `partitions` buckets by `ShufflePartitioner`, laid out as
    /// `HashAggregator.partialSchema`.
    func partialBatches(partitions: Int) -> [RecordBatch] {
        let schema = HashAggregator.partialSchema(keyTypes: plan.keyTypes, calls: plan.aggregateCalls)
        var keys: [[Value]] = []
        keys.reserveCapacity(table.count)
        var buckets = [[Int]](repeating: [], count: partitions)
        for g in 0..<table.count {
            let key = plan.keyTypes.indices.map { k -> Value in
                guard let code = table.code(group: g, key: k) else { return .null }
                return GroupKeyCodes.value(code, type: plan.keyTypes[k], dictionary: dictionary)
            }
            keys.append(key)
            buckets[partitions == 1 ? 0 : ShufflePartitioner.partition(of: key, count: partitions)].append(g)
        }
        return buckets.map { groups in
            var columns: [ColumnVector] = plan.keyTypes.enumerated().map { k, type in
                var builder = ColumnBuilder(type: type, capacity: groups.count)
                for g in groups { builder.append(keys[g][k]) }
                return builder.finish()
            }
            for c in plan.calls.indices { columns += partialColumns(c, groups) }
            return RecordBatch(schema: schema, columns: columns, rowCount: groups.count)
        }
    }

    private func partialColumns(_ c: Int, _ groups: [Int]) -> [ColumnVector] {
        switch plan.calls[c] {
        case .countRows, .countValid:
            var b = ColumnBuilder(type: .long, capacity: groups.count)
            for g in groups { b.append(int64: counts[c][g]) }
            return [b.finish()]
        case .sumLong:
            var b = ColumnBuilder(type: .long, capacity: groups.count)
            for g in groups { if seen[c][g] { b.append(int64: longSums[c][g]) } else { b.appendNull() } }
            return [b.finish()]
        case .sumDouble:
            var b = ColumnBuilder(type: .double, capacity: groups.count)
            for g in groups { if seen[c][g] { b.append(double: doubleSums[c][g]) } else { b.appendNull() } }
            return [b.finish()]
        case .average:
            var sums = ColumnBuilder(type: .double, capacity: groups.count)
            var n = ColumnBuilder(type: .long, capacity: groups.count)
            for g in groups {
                if seen[c][g] { sums.append(double: doubleSums[c][g]) } else { sums.appendNull() }
                n.append(int64: counts[c][g])
            }
            return [sums.finish(), n.finish()]
        }
    }
}
