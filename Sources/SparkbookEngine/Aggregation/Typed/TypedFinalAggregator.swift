/// The final step of a hash aggregate on typed buffers: partial states from the shuffle (laid out as
/// `HashAggregator.partialSchema`) are merged into a flat `GroupKeyTable` and `TypedAggregateStates`, a block of
/// rows at a time, with no `Value` or array per row.
///
/// It gives what `HashAggregator.merge` and `finalBatch` give: groups in order of first appearance, partial
/// states added in batch order. Keys compare as `GroupKeyCodes`, so NaN keys form one group (as in Spark).
/// A batch is one map task's output for the reduce partition: a group's several states in it (rows a partial
/// aggregate passed through, `PartialAggregationSkip`) are first summed together (`MapTaskPartials`), as the
/// task's one partial state in Spark.
struct TypedFinalAggregator {
    let keyTypes: [DataType]
    let calls: [AggregateCall]
    private var states: TypedAggregateStates
    private var dictionary = StringDictionary()
    private let table: GroupKeyTable
    /// Keys and partial columns of the rows being merged; partial column `j` of the batch is input `j`.
    private let block: AggregationBatch
    private var ids: [Int32]
    /// Per row of the block: its group's entry in `partials`, or -1 when the group's own state takes its values.
    private var entries: [Int32]
    private let partials: MapTaskPartials
    /// Set when a BIGINT sum left the 64-bit range (an ANSI `ARITHMETIC_OVERFLOW` for the caller to raise).
    private(set) var overflowed = false

    /// `nil` unless every key type has a code and every call merges typed (see `TypedAggregationPlan`).
    init?(keyTypes: [DataType], calls: [AggregateCall]) {
        guard keyTypes.count <= 64, keyTypes.allSatisfy(GroupKeyCodes.supports) else { return nil }
        var kinds: [TypedAggregationPlan.Call] = []
        for call in calls {
            switch call.function {
            case .count: kinds.append(.countRows)
            case .sum where call.resultType == .long: kinds.append(.sumLong)
            case .sum where call.resultType == .double: kinds.append(.sumDouble)
            case .avg where call.resultType == .double: kinds.append(.average)  // decimal averages stay exact on the general path
            case .min, .max:
                switch call.resultType {
                case .integer, .long, .double, .date, .timestamp:
                    kinds.append(call.function == .min ? .minimum : .maximum)
                default: return nil
                }
            case .stddev, .stddevPop, .variance, .variancePop, .corr, .covarSamp, .covarPop:
                kinds.append(.moments(call.function))
            case .percentile where PercentileArgument.percentages(of: call.input) != nil: return nil
            case .median, .percentile: kinds.append(.percentile(PercentileArgument.percentage(of: call)))
            default: return nil
            }
        }
        self.keyTypes = keyTypes
        self.calls = calls
        states = TypedAggregateStates(calls: kinds, aggregateCalls: calls)
        table = GroupKeyTable(keyTypes: keyTypes)
        block = AggregationBatch(capacity: FusedCSVAggregation.blockRows, keyCount: keyTypes.count,
                                 inputCount: calls.reduce(0) { $0 + $1.partialTypes.count })
        ids = [Int32](repeating: 0, count: block.capacity)
        entries = [Int32](repeating: -1, count: block.capacity)
        partials = MapTaskPartials(calls: kinds)
        // A global aggregate has its one group even over no rows.
        if keyTypes.isEmpty { states.addGroups(upTo: 1); table.insertEmptyKey() }
    }

    var groupCount: Int { table.count }

    /// Bytes held by the key table, the interned strings and the states.
    var estimatedBytes: Int { table.estimatedBytes + dictionary.estimatedBytes + states.estimatedBytes }

    /// Makes room for `groups` groups without growing the table or the states.
    mutating func reserve(groups: Int) {
        guard !keyTypes.isEmpty else { return }
        table.reserve(groups: groups)
        states.reserve(groups: groups)
    }

    /// About the bytes `reserve(groups:)` makes the aggregator hold: the table's slots, keys, null masks and
    /// hashes, and two state words per call.
    func bytes(forGroups groups: Int) -> Int {
        var slots = 256
        while groups * 2 > slots { slots *= 2 }
        return slots * 8 + groups * (table.words + 2 + calls.count * 2) * 8
    }

    /// A new aggregator of the same keys and calls, with no groups (after a spill).
    func emptied() -> TypedFinalAggregator { TypedFinalAggregator(keyTypes: keyTypes, calls: calls)! }

    /// Folds a batch of partial states (one map task's, see `MapTaskPartials`).
    mutating func merge(_ batch: RecordBatch) {
        // Groups from `before` on are new in this batch: their own states start from zero.
        let before = table.count
        let local = before > 0 && partials.isNeeded
        defer { if local { partials.flush(into: &states) } }
        var start = 0
        while start < batch.rowCount {
            let rows = min(block.capacity, batch.rowCount - start)
            for k in keyTypes.indices {
                block.encodeKey(batch.columns[k], k: k, from: start, rows: rows, dictionary: &dictionary)
            }
            for j in keyTypes.count..<keyTypes.count + block.inputCount {
                block.copyInput(batch.columns[j], c: j - keyTypes.count, from: start, rows: rows)
            }
            block.rowCount = rows
            ids.withUnsafeMutableBufferPointer { ids in
                if keyTypes.isEmpty {
                    for row in 0..<rows { ids[row] = 0 }
                } else {
                    table.groupIds(block, into: ids.baseAddress!)
                }
            }
            states.addGroups(upTo: table.count)
            if local {
                ids.withUnsafeBufferPointer { ids in
                    entries.withUnsafeMutableBufferPointer { entries in
                        for row in 0..<rows {
                            entries[row] = ids[row] < before ? partials.entry(of: ids[row]) : -1
                        }
                    }
                }
            }
            var input = 0
            for c in calls.indices {
                if case .percentile = states.calls[c] {
                    ids.withUnsafeBufferPointer { ids in
                        states.percentiles[c]!.merge(batch.columns[keyTypes.count + input], from: start, rows: rows,
                                                     ids: ids.baseAddress!)
                    }
                } else {
                    fold(c, input: input, rows: rows, local: local)
                }
                input += calls[c].partialTypes.count
            }
            start += rows
        }
    }

    /// Merges call `c`'s partial columns (block inputs from `input`) into the states, as
    /// `AggregateAccumulator.merge` does; `local`: double sums of rows with an entry go to `partials`.
    private mutating func fold(_ c: Int, input j: Int, rows: Int, local: Bool) {
        let cap = block.capacity
        let valid = block.inputValid + j * cap
        let longs = block.longs + j * cap
        let doubles = block.doubles + j * cap
        ids.withUnsafeBufferPointer { ids in
            switch states.calls[c] {
            case .countRows, .countValid:
                states.counts[c].withUnsafeMutableBufferPointer { n in
                    for row in 0..<rows where valid[row] { n[Int(ids[row])] &+= longs[row] }
                }
            case .sumLong:
                if states.addLongs(c, rows: rows, ids: ids, values: longs, valid: valid) { overflowed = true }
            case .sumDouble where local:
                let partials = self.partials
                entries.withUnsafeBufferPointer { entries in
                    states.doubleSums[c].withUnsafeMutableBufferPointer { s in
                        states.seen[c].withUnsafeMutableBufferPointer { seen in
                            for row in 0..<rows where valid[row] {
                                let e = entries[row]
                                if e >= 0 { partials.add(c, entry: e, doubles[row]); continue }
                                let g = Int(ids[row])
                                s[g] += doubles[row]; seen[g] = true
                            }
                        }
                    }
                }
            case .sumDouble:
                states.addDoubles(c, rows: rows, ids: ids, values: doubles, valid: valid)
            case .average:
                let countValid = block.inputValid + (j + 1) * cap
                let partialCounts = block.longs + (j + 1) * cap
                let partials = self.partials
                entries.withUnsafeBufferPointer { entries in
                    states.doubleSums[c].withUnsafeMutableBufferPointer { s in
                        states.counts[c].withUnsafeMutableBufferPointer { n in
                            states.seen[c].withUnsafeMutableBufferPointer { seen in
                                for row in 0..<rows where countValid[row] && partialCounts[row] > 0 {
                                    let g = Int(ids[row])
                                    n[g] &+= partialCounts[row]; seen[g] = true
                                    let sum = valid[row] ? doubles[row] : 0
                                    if local, entries[row] >= 0 { partials.add(c, entry: entries[row], sum) }
                                    else { s[g] += sum }
                                }
                            }
                        }
                    }
                }
            case .minimum, .maximum:
                if states.extremeIsDouble(c) {
                    states.foldExtremes(c, rows: rows, ids: ids, values: doubles, valid: valid)
                } else {
                    states.foldExtremes(c, rows: rows, ids: ids, values: longs, valid: valid)
                }
            case .moments:
                let partials = (0..<states.moments[c]!.width).map { UnsafePointer(block.doubles + (j + $0) * cap) }
                states.moments[c]!.merge(rows: rows, ids: ids.baseAddress!, partials: partials)
            case .percentile:
                preconditionFailure("merged from the batch's packed cells")
            }
        }
    }

    /// The groups' partial states in order of first appearance, laid out as `HashAggregator.partialSchema` (a
    /// spilled run of `SortBasedAggregation`).
    func partialState() throws -> RecordBatch {
        if overflowed { throw ValueArithmetic.overflow("add") }
        let groups = 0..<table.count
        var columns = keyTypes.indices.map { k in
            table.keyColumn(k, type: keyTypes[k], groups: groups, dictionary: dictionary)
        }
        for c in calls.indices { columns += states.partialColumns(c, groups) }
        return RecordBatch(schema: HashAggregator.partialSchema(keyTypes: keyTypes, calls: calls), columns: columns,
                           rowCount: table.count)
    }

    /// The final result: the keys, then one column per call.
    func finalBatch(schema: StructType) -> RecordBatch {
        let groups = 0..<table.count
        var columns = keyTypes.indices.map { k in
            table.keyColumn(k, type: keyTypes[k], groups: groups, dictionary: dictionary)
        }
        for c in calls.indices { columns.append(states.finalColumn(c, groups)) }
        return RecordBatch(schema: schema, columns: columns, rowCount: table.count)
    }
}
