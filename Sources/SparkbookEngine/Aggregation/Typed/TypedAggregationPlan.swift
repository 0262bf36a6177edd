/// Whether an aggregate spec can run on the typed partial aggregator, and how each call reads its input.
///
/// Supported: grouping by plain columns of scalar types, and over plain columns: `count`, `sum` and `avg` of
/// numbers, `min`/`max` of numbers, dates and timestamps, the stddev/variance family, `corr`/`covar_samp`/
/// `covar_pop` of two numeric columns, and `median`. What stays on `HashAggregator`: expressions or casts as
/// inputs, decimal sums and averages (exact decimal arithmetic), `min`/`max` of strings, booleans and arrays,
/// `first`/`last`, `count(DISTINCT)`, `collect_list`/`collect_set`, and keys of decimal, float, byte, short or
/// array type.
struct TypedAggregationPlan: Sendable {
    enum Call: Sendable, Equatable {
        /// `count(*)`.
        case countRows
        /// `count(col)`: counts valid inputs.
        case countValid
        /// `sum` of an integral column: 64-bit wrapping sum.
        case sumLong
        /// `sum` of a double column.
        case sumDouble
        /// `avg` of any numeric column: double sum and count.
        case average
        /// `min`/`max` of a number, date or timestamp (read as `Int64`, or as `Double` for doubles).
        case minimum, maximum
        /// A central-moment statistic (`MomentStates`): stddev/variance family, corr, covariances.
        case moments(AggregateFunction)
        /// `median` (Spark's `Percentile` at a percentage).
        case percentile(Double)
    }

    /// Input ordinals of the key columns, and their types.
    let keyColumns: [Int]
    let keyTypes: [DataType]
    /// Per call: what it computes.
    let calls: [Call]
    /// Per input slot of `AggregationBatch`: the ordinal it reads (nil for `count(*)`) and its type. Slot `c` is
    /// call `c`'s (first) input; two-column calls read their second input from `pairSlots[c]`, after them.
    let callColumns: [Int?]
    let callInputTypes: [DataType?]
    let pairSlots: [Int?]
    let aggregateCalls: [AggregateCall]

    init(keyColumns: [Int], keyTypes: [DataType], calls: [Call], callColumns: [Int?], callInputTypes: [DataType?],
         pairSlots: [Int?], aggregateCalls: [AggregateCall]) {
        self.keyColumns = keyColumns
        self.keyTypes = keyTypes
        self.calls = calls
        self.callColumns = callColumns
        self.callInputTypes = callInputTypes
        self.pairSlots = pairSlots
        self.aggregateCalls = aggregateCalls
    }

    init?(_ spec: AggregateSpec) {
        guard spec.keys.count <= 64 else { return nil }
        var keyColumns: [Int] = []
        for key in spec.keys {
            guard case .column(let index, let type) = key, GroupKeyCodes.supports(type) else { return nil }
            keyColumns.append(index)
        }
        var calls: [Call] = [], columns: [Int?] = [], types: [DataType?] = []
        var pairs: [(call: Int, column: Int, type: DataType)] = []
        for call in spec.calls {
            guard let input = call.input else {
                guard call.function == .count else { return nil }
                calls.append(.countRows); columns.append(nil); types.append(nil)
                continue
            }
            if call.function.takesPair {
                guard let pair = AggregatePair.columns(of: input) else { return nil }
                calls.append(.moments(call.function)); columns.append(pair[0].index); types.append(pair[0].type)
                pairs.append((calls.count - 1, pair[1].index, pair[1].type))
                continue
            }
            if call.function == .percentile {
                guard let (column, p) = PercentileArgument.parts(of: input), case .column(let index, let type) = column,
                      type == .integer || type == .long || type == .double else { return nil }
                calls.append(.percentile(p)); columns.append(index); types.append(type)
                continue
            }
            guard case .column(let index, let type) = input else { return nil }
            let numeric = type == .integer || type == .long || type == .double
            switch call.function.semantics {
            case .count: calls.append(.countValid)
            case .sum where numeric: calls.append(type == .double ? .sumDouble : .sumLong)
            case .avg where numeric: calls.append(.average)
            case .min where numeric || type == .date || type == .timestamp: calls.append(.minimum)
            case .max where numeric || type == .date || type == .timestamp: calls.append(.maximum)
            case .stddev where numeric, .stddevPop where numeric, .variance where numeric, .variancePop where numeric:
                calls.append(.moments(call.function))
            case .median where numeric: calls.append(.percentile(0.5))
            default: return nil
            }
            columns.append(index); types.append(type)
        }
        var pairSlots = [Int?](repeating: nil, count: calls.count)
        for pair in pairs {
            pairSlots[pair.call] = columns.count
            columns.append(pair.column); types.append(pair.type)
        }
        self.keyColumns = keyColumns
        self.keyTypes = spec.keyTypes
        self.calls = calls
        self.callColumns = columns
        self.callInputTypes = types
        self.pairSlots = pairSlots
        self.aggregateCalls = spec.calls
    }

    /// The call whose input slot `slot` is.
    func call(ofSlot slot: Int) -> Int {
        slot < calls.count ? slot : pairSlots.firstIndex(of: slot)!
    }

    /// Whether input slot `slot` is read as a double (otherwise as an `Int64`): double columns, and every input
    /// of a statistic, which Spark casts to double.
    func readsDouble(_ slot: Int) -> Bool {
        if callInputTypes[slot] == .double { return true }
        switch calls[call(ofSlot: slot)] {
        case .moments, .percentile: return true
        default: return false
        }
    }
}
