/// Whether an aggregate spec can run on the typed partial aggregator, and how each call reads its input.
///
/// Supported: grouping by plain columns of scalar types, and `count(*)`, `count(col)`, `sum` and `avg` of plain
/// numeric columns. Anything else (min/max, expressions, casts) stays on `HashAggregator`.
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
    }

    /// Input ordinals of the key columns, and their types.
    let keyColumns: [Int]
    let keyTypes: [DataType]
    /// Per call: what it computes and the input ordinal it reads (nil for `count(*)`).
    let calls: [Call]
    let callColumns: [Int?]
    let callInputTypes: [DataType?]
    let aggregateCalls: [AggregateCall]

    init(keyColumns: [Int], keyTypes: [DataType], calls: [Call], callColumns: [Int?], callInputTypes: [DataType?],
         aggregateCalls: [AggregateCall]) {
        self.keyColumns = keyColumns
        self.keyTypes = keyTypes
        self.calls = calls
        self.callColumns = callColumns
        self.callInputTypes = callInputTypes
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
        for call in spec.calls {
            guard let input = call.input else {
                guard call.function == .count else { return nil }
                calls.append(.countRows); columns.append(nil); types.append(nil)
                continue
            }
            guard case .column(let index, let type) = input else { return nil }
            let numeric = type == .integer || type == .long || type == .double
            switch call.function {
            case .count: calls.append(.countValid)
            case .sum where numeric: calls.append(type == .double ? .sumDouble : .sumLong)
            case .avg where numeric: calls.append(.average)
            default: return nil
            }
            columns.append(index); types.append(type)
        }
        self.keyColumns = keyColumns
        self.keyTypes = spec.keyTypes
        self.calls = calls
        self.callColumns = columns
        self.callInputTypes = types
        self.aggregateCalls = spec.calls
    }

    /// Whether call `c` reads its input as a double (otherwise as an `Int64`).
    func readsDouble(_ c: Int) -> Bool {
        callInputTypes[c] == .double
    }
}
