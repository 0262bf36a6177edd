/// The order in which Spark's physical aggregate for a spec emits its groups within one reduce task. Groups
/// arrive map-major in partition order (the shuffle read); what the aggregate does with that arrival order
/// depends on the operator Spark picks, so an unordered `groupBy`, `distinct()` or `dropDuplicates()` prints its
/// rows in Spark's order.
enum AggregateOutputOrder: Equatable {
    /// `HashAggregateExec` with aggregate functions, `ObjectHashAggregateExec`: first arrival.
    case arrival
    /// `HashAggregateExec` without aggregate functions (`distinct()`): first arrival, but groups whose key has a
    /// null come after all the others (checked against PySpark 4.3.0).
    case nullKeysLast
    /// `SortAggregateExec`, chosen when an aggregation buffer holds a variable-width value (`first`, `min`, ...
    /// of a string) and no function is typed-imperative (`collect_list`): sorted by the keys, ascending.
    case sortedByKeys

    init(_ spec: AggregateSpec) {
        // Only the calls something reads survive column pruning (Optimizer/ColumnPruning:
        // `dropDuplicates(["k"]).select("k", "n")` keeps `first(n)` alone), as in Spark.
        let calls = spec.calls
        if spec.keyTypes.isEmpty {
            self = .arrival
        } else if spec.calls.isEmpty {
            self = .nullKeysLast
        } else if calls.contains(where: \.function.isTypedImperative) {
            self = .arrival
        } else if calls.contains(where: \.hasVariableWidthBuffer) {
            self = .sortedByKeys
        } else {
            self = .arrival
        }
    }

    /// `result` (the keys first, then one column per call) in this order.
    func apply(to result: RecordBatch, keyCount: Int) throws -> RecordBatch {
        switch self {
        case .arrival:
            return result
        case .nullKeysLast:
            let keys = result.columns.prefix(keyCount)
            let hasNull = (0..<result.rowCount).map { row in keys.contains { $0.isNull(row) } }
            guard hasNull.contains(true) else { return result }
            return result.gather(hasNull.indices.filter { !hasNull[$0] } + hasNull.indices.filter { hasNull[$0] })
        case .sortedByKeys:
            let keys = result.schema.fields.prefix(keyCount).enumerated().map { k, field in
                SortKey(expression: .column(index: k, type: field.dataType), direction: .ascending)
            }
            return result.gather(try RowSorter.order(result, by: keys))
        }
    }
}

extension AggregateFunction {
    /// Spark implements these as `TypedImperativeAggregate`s (object buffers), which keep a hash aggregate.
    var isTypedImperative: Bool {
        switch semantics {
        case .collectList, .collectSet, .median, .percentile: true
        default: false
        }
    }
}

extension AggregateCall {
    /// Whether Spark's aggregation buffer for this call holds a value that is not fixed-width (a string or an
    /// array), which `UnsafeRow` cannot update in place.
    var hasVariableWidthBuffer: Bool {
        switch function.semantics {
        case .min, .max, .first, .last, .firstIgnoreNulls, .lastIgnoreNulls:
            switch input?.dataType {
            case .string?, .array?: true
            default: false
            }
        default: false
        }
    }
}
