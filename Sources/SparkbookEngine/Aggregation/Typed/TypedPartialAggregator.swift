/// The partial step of a hash aggregate on typed buffers: keys are 64-bit codes in a flat open-addressing
/// table, accumulators are typed arrays indexed by group id, and rows arrive in `AggregationBatch` blocks.
///
/// It produces exactly what `HashAggregator.partialBatches` would: groups in order of first appearance, the same
/// partial columns, the same shuffle partition per key, and sums added in row order.
struct TypedPartialAggregator {
    let plan: TypedAggregationPlan
    var dictionary = StringDictionary()
    private let table: GroupKeyTable
    private var states: TypedAggregateStates
    private var ids: [Int32] = []
    /// Set when a BIGINT sum left the 64-bit range (an ANSI `ARITHMETIC_OVERFLOW` for the caller to raise).
    private(set) var overflowed = false
    /// Whether rows still go through the hash table, or pass through as partial states of their own.
    var skip: PartialAggregationSkip

    init(plan: TypedAggregationPlan) {
        self.plan = plan
        skip = PartialAggregationSkip(calls: plan.calls, keyCount: plan.keyColumns.count)
        table = GroupKeyTable(keyTypes: plan.keyTypes)
        states = TypedAggregateStates(calls: plan.calls, aggregateCalls: plan.aggregateCalls)
        // A global aggregate has its one group even over no rows.
        if plan.keyColumns.isEmpty { states.addGroups(upTo: 1); table.insertEmptyKey() }
    }

    var groupCount: Int { table.count }

    /// Bytes held by the key table, the interned strings (keys past 15 bytes) and the states.
    var estimatedBytes: Int { table.estimatedBytes + dictionary.estimatedBytes + states.estimatedBytes }

    /// Once rows pass through (a group each), makes room for about `rows` rows in all, so the states' arrays are
    /// not grown by doubling (a copy, and twice the fresh pages, each a page fault) over a split of millions.
    mutating func expectPassedRows(_ rows: Int) {
        guard skip.passingThrough, rows > table.count else { return }
        table.reserveAppended(groups: rows)
        states.reserve(groups: rows)
    }

    /// Folds a block of rows.
    mutating func consume(_ batch: AggregationBatch) {
        let rows = batch.rowCount
        guard rows > 0 else { return }
        if ids.count < rows { ids = [Int32](repeating: 0, count: batch.capacity) }
        ids.withUnsafeMutableBufferPointer { ids in
            if plan.keyColumns.isEmpty {
                for row in 0..<rows { ids[row] = 0 }
            } else if skip.passingThrough {
                table.appendRows(batch, into: ids.baseAddress!)
            } else {
                table.groupIds(batch, into: ids.baseAddress!)
            }
        }
        skip.observe(rows: rows, groups: table.count)
        states.addGroups(upTo: table.count)
        let cap = batch.capacity
        for c in plan.calls.indices {
            let valid = batch.inputValid + c * cap
            ids.withUnsafeBufferPointer { ids in
                switch plan.calls[c] {
                case .countRows:
                    states.counts[c].withUnsafeMutableBufferPointer { n in
                        for row in 0..<rows { n[Int(ids[row])] += 1 }
                    }
                case .countValid:
                    states.counts[c].withUnsafeMutableBufferPointer { n in
                        for row in 0..<rows where valid[row] { n[Int(ids[row])] += 1 }
                    }
                case .sumLong:
                    if states.addLongs(c, rows: rows, ids: ids, values: batch.longs + c * cap, valid: valid) {
                        overflowed = true
                    }
                case .sumDouble:
                    states.addDoubles(c, rows: rows, ids: ids, values: batch.doubles + c * cap, valid: valid)
                case .average:
                    if plan.readsDouble(c) {
                        states.addDoubles(c, rows: rows, ids: ids, values: batch.doubles + c * cap, valid: valid)
                        states.counts[c].withUnsafeMutableBufferPointer { n in
                            for row in 0..<rows where valid[row] { n[Int(ids[row])] += 1 }
                        }
                    } else {
                        let values = batch.longs + c * cap
                        states.doubleSums[c].withUnsafeMutableBufferPointer { s in
                            states.counts[c].withUnsafeMutableBufferPointer { n in
                                states.seen[c].withUnsafeMutableBufferPointer { seen in
                                    for row in 0..<rows where valid[row] {
                                        let g = Int(ids[row])
                                        s[g] += Double(values[row]); n[g] += 1; seen[g] = true
                                    }
                                }
                            }
                        }
                    }
                case .minimum, .maximum:
                    if plan.readsDouble(c) {
                        states.foldExtremes(c, rows: rows, ids: ids, values: batch.doubles + c * cap, valid: valid)
                    } else {
                        states.foldExtremes(c, rows: rows, ids: ids, values: batch.longs + c * cap, valid: valid)
                    }
                case .moments:
                    if let y = plan.pairSlots[c] {
                        states.moments[c]!.update(rows: rows, ids: ids.baseAddress!, x: batch.doubles + c * cap,
                                                  xValid: valid, y: batch.doubles + y * cap,
                                                  yValid: batch.inputValid + y * cap)
                    } else {
                        states.moments[c]!.update(rows: rows, ids: ids.baseAddress!, x: batch.doubles + c * cap,
                                                  valid: valid)
                    }
                case .percentile:
                    states.percentiles[c]!.add(rows: rows, ids: ids.baseAddress!, x: batch.doubles + c * cap,
                                               valid: valid)
                }
            }
        }
        batch.rowCount = 0
    }

    /// Partial states split into `partitions` buckets by `ShufflePartitioner`, laid out as
    /// `HashAggregator.partialSchema`.
    func partialBatches(partitions: Int) -> [RecordBatch] { partialOutput(partitions: partitions).batches }

    /// `partialBatches`, and once rows passed through, the rows per bucket a hashing partial aggregate would have
    /// written (its distinct keys): what adaptive coalescing weighs, so reduce partitions coalesce, and rows come
    /// out in the order they do, as in Spark.
    func partialOutput(partitions: Int) -> (batches: [RecordBatch], hashedRows: [Int]?) {
        let schema = HashAggregator.partialSchema(keyTypes: plan.keyTypes, calls: plan.aggregateCalls)
        let bucketOf = partitions == 1 ? [Int32](repeating: 0, count: table.count)
            : table.partitions(keyTypes: plan.keyTypes, dictionary: dictionary, count: partitions)
        var counts = [Int](repeating: 0, count: partitions)
        for p in bucketOf { counts[Int(p)] += 1 }
        // Per key, its column in every bucket.
        let keyColumns = plan.keyTypes.indices.map { k in
            table.keyColumns(k, type: plan.keyTypes[k], bucketOf: bucketOf, counts: counts, dictionary: dictionary)
        }
        // Per call, its partial columns in every bucket: counts and sums dealt in one pass, the others gathered
        // from each bucket's groups.
        let groupCount = table.count
        let dealt = bucketOf.withUnsafeBufferPointer { bucketOf in
            plan.calls.indices.map { c in
                states.dealtPartialColumn(c, groups: groupCount, bucketOf: bucketOf.baseAddress!, counts: counts)
            }
        }
        var buckets: [[Int]] = []
        if dealt.contains(where: { $0 == nil }) {
            buckets = counts.map { n -> [Int] in
                var groups = [Int]()
                groups.reserveCapacity(n)
                return groups
            }
            for (g, p) in bucketOf.enumerated() { buckets[Int(p)].append(g) }
        }
        let batches = (0..<partitions).map { p in
            var columns = keyColumns.map { $0[p] }
            for c in plan.calls.indices { columns += dealt[c].map { [$0[p]] } ?? states.partialColumns(c, buckets[p]) }
            return RecordBatch(schema: schema, columns: columns, rowCount: counts[p])
        }
        return (batches, skip.passingThrough ? table.distinctKeys(bucketOf: bucketOf, buckets: partitions) : nil)
    }
}
