/// Hash aggregation, in two steps around a shuffle as Spark plans it: a partial aggregate inside each map task
/// (rows in, one partial state per group out) and a final aggregate per shuffle partition (partials in).
struct HashAggregator: Sendable {
    let keys: [BoundExpression]
    let keyTypes: [DataType]
    /// Groups by their key's identity: a floating value's normalized bits (`ScalaValueHash.identity`), so that
    /// -0.0 and 0.0, and every NaN, are one group, as Spark's `NormalizeFloatingNumbers` makes them before
    /// grouping (Swift's `==` has NaN unequal to itself, which would make each NaN row a group of its own).
    private var groupIndex: [[Value]: Int] = [:]
    /// Each group's key as it is output: floating values normalized (0.0 for -0.0), as Spark prints them.
    private var groupKeys: [[Value]] = []
    /// Whether a key column is a double or float, so keys need normalizing.
    private let floatingKeys: Bool
    private var accumulators: [AggregateAccumulator]
    /// A global aggregate (no keys) has exactly one group even over no rows, as in SQL.
    private let global: Bool
    /// Whether Spark runs these calls in an ObjectHashAggregate (any `collect_list`/`collect_set`), whose hash map
    /// falls back to sort-based aggregation once it holds `sortFallbackThreshold` groups and rows still come.
    private let fallsBackToSort: Bool
    /// Rows (or partial states) folded so far in this task, and the first one after the fallback, if any.
    private var rowsSeen = 0
    private var fallbackRow: Int?

    /// `spark.sql.objectHashAggregate.sortBased.fallbackThreshold`.
    static let sortFallbackThreshold = 128

    init(keys: [BoundExpression], keyTypes: [DataType], calls: [AggregateCall]) {
        self.keys = keys
        self.keyTypes = keyTypes
        self.accumulators = calls.map(AggregateAccumulator.init(call:))
        self.global = keyTypes.isEmpty
        self.floatingKeys = keyTypes.contains { $0 == .double || $0 == .float }
        self.fallsBackToSort = calls.contains { $0.function == .collectList || $0.function == .collectSet }
        if global { _ = group(for: []) }
    }

    var groupCount: Int { groupKeys.count }

    /// Whether its state may be spilled and merged later: not Spark's ObjectHashAggregate emulation, whose
    /// output order depends on the row where it fell back to sorting, nor a global aggregate's single group.
    var spillable: Bool { !fallsBackToSort && !global }

    /// A new aggregator of the same keys and calls, with no groups (after a spill).
    func emptied() -> HashAggregator {
        HashAggregator(keys: keys, keyTypes: keyTypes, calls: accumulators.map(\.call))
    }

    /// Bytes its groups hold, estimated: boxed key values and their dictionary entry, and each accumulator's
    /// state per group.
    var estimatedBytes: Int64 {
        Int64(groupKeys.count) * Int64(64 + keyTypes.count * 48 + accumulators.count * 40)
    }

    private mutating func group(for key: [Value]) -> Int {
        let identity = floatingKeys ? key.map(ScalaValueHash.identity) : key
        if let id = groupIndex[identity] { return id }
        let id = groupKeys.count
        groupIndex[identity] = id
        groupKeys.append(floatingKeys ? key.map(ScalaValueHash.normalized) : key)
        for i in accumulators.indices { accumulators[i].addGroup() }
        return id
    }

    private mutating func groupIds(_ keyColumns: [ColumnVector], rowCount: Int) -> [Int] {
        if global { return [Int](repeating: 0, count: rowCount) }
        var ids = [Int]()
        ids.reserveCapacity(rowCount)
        var key = [Value](repeating: .null, count: keyColumns.count)
        for row in 0..<rowCount {
            if fallsBackToSort, fallbackRow == nil, groupKeys.count >= Self.sortFallbackThreshold {
                fallbackRow = rowsSeen + row
            }
            for (k, column) in keyColumns.enumerated() { key[k] = column.value(at: row) }
            ids.append(group(for: key))
        }
        return ids
    }

    /// The first row of a batch of `rowCount` rows that Spark aggregates after the sort fallback (`rowCount` when
    /// none does); advances past the batch.
    private mutating func lateStart(rowCount: Int) -> Int {
        defer { rowsSeen += rowCount }
        guard let fallbackRow else { return rowCount }
        return max(0, min(rowCount, fallbackRow - rowsSeen))
    }

    /// Partial step: folds a batch of input rows.
    mutating func consume(_ batch: RecordBatch) throws {
        let keyColumns = try keys.map { try $0.evaluate(batch) }
        let ids = groupIds(keyColumns, rowCount: batch.rowCount)
        let late = lateStart(rowCount: batch.rowCount)
        for i in accumulators.indices {
            let input = try accumulators[i].call.input.map { try $0.evaluate(batch) }
            try accumulators[i].update(input, rowCount: batch.rowCount, groupIds: ids, lateFrom: late)
            if accumulators[i].overflowed { throw ValueArithmetic.overflow("add") }
        }
    }

    /// Final step: folds a batch of partial states laid out as `partialSchema`.
    mutating func merge(_ batch: RecordBatch) throws {
        let keyColumns = Array(batch.columns.prefix(keyTypes.count))
        let ids = groupIds(keyColumns, rowCount: batch.rowCount)
        let late = lateStart(rowCount: batch.rowCount)
        var offset = keyTypes.count
        for i in accumulators.indices {
            let width = accumulators[i].call.partialTypes.count
            try accumulators[i].merge(batch.columns[offset..<offset + width], rowCount: batch.rowCount, groupIds: ids,
                                      lateFrom: late)
            if accumulators[i].overflowed { throw ValueArithmetic.overflow("add") }
            offset += width
        }
    }

    /// The schema of partial states: the keys, then each call's partial columns.
    static func partialSchema(keyTypes: [DataType], calls: [AggregateCall]) -> StructType {
        var fields = keyTypes.enumerated().map { StructField("key\($0.offset)", $0.element) }
        for (i, call) in calls.enumerated() {
            for (j, type) in call.partialTypes.enumerated() { fields.append(StructField("agg\(i)_\(j)", type)) }
        }
        return StructType(fields)
    }

    /// Partial states split into `partitions` buckets by the hash of the group key (the shuffle write).
    func partialBatches(partitions: Int) -> [RecordBatch] {
        let schema = Self.partialSchema(keyTypes: keyTypes, calls: accumulators.map(\.call))
        var buckets = [[Int]](repeating: [], count: partitions)
        for (id, key) in groupKeys.enumerated() {
            buckets[partitions == 1 ? 0 : ShufflePartitioner.partition(of: key, count: partitions)].append(id)
        }
        buckets = buckets.map(inOutputOrder)
        return buckets.map { ids in
            var columns = keyColumns(ids)
            for accumulator in accumulators { columns += accumulator.partialColumns(groups: ids) }
            return RecordBatch(schema: schema, columns: columns, rowCount: ids.count)
        }
    }

    /// The final result: the keys, then one column per call.
    func finalBatch(schema: StructType) throws -> RecordBatch {
        let ids = inOutputOrder(Array(0..<groupKeys.count))
        let columns = keyColumns(ids) + (try accumulators.map { try $0.finalColumn(groups: ids) })
        return RecordBatch(schema: schema, columns: columns, rowCount: ids.count)
    }

    /// Groups leave in order of first appearance, or in key order (nulls first) after the sort fallback, as
    /// Spark's sort-based aggregator emits them.
    private func inOutputOrder(_ ids: [Int]) -> [Int] {
        guard fallbackRow != nil else { return ids }
        return ids.sorted { (ValueOrdering.compareArrays(groupKeys[$0], groupKeys[$1]) ?? 0) < 0 }
    }

    private func keyColumns(_ ids: [Int]) -> [ColumnVector] {
        keyTypes.enumerated().map { k, type in
            var builder = ColumnBuilder(type: type, capacity: ids.count)
            for id in ids { builder.append(groupKeys[id][k]) }
            return builder.finish()
        }
    }
}
