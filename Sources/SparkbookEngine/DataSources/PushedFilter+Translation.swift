/// From a filter's bound condition to the filters a file scan is handed, as Spark plans them: Spark's optimizer
/// first puts `isnotnull(c)` before the condition for each column a null-intolerant conjunct reads
/// (`InferFiltersFromConstraints`), then `DataSourceStrategy.translateFilter` turns each conjunct it can into a
/// source filter (a column compared with a literal, `IN` of literals, null tests, a string prefix, and AND, OR,
/// NOT of those). Conjuncts on partition columns are Spark's `PartitionFilters`, not pushed.
extension PushedFilter {
    /// The pushed filters of `conditions` (bound over `schema`, conjuncts taken apart), in Spark's order.
    static func translating(_ conditions: [BoundExpression], schema: StructType,
                            partitionColumns: Set<String> = []) -> [PushedFilter] {
        let conjuncts = conditions.flatMap(\.conjuncts).filter {
            $0.isDeterministic && $0.columnIndices.allSatisfy { !partitionColumns.contains(schema[$0].name) }
        }
        var explicit: Set<Int> = []
        for case .unary(.isNotNull, .column(let i, _), _) in conjuncts { explicit.insert(i) }
        var inferred: [Int] = []
        for conjunct in conjuncts {
            for i in conjunct.nullIntolerantColumns where !explicit.contains(i) && !inferred.contains(i) { inferred.append(i) }
        }
        return inferred.map { .isNotNull(schema[$0].name) } + conjuncts.compactMap { translate($0, schema) }
    }

    /// One condition as a source filter; nil when it has a part no source filter expresses.
    static func translate(_ e: BoundExpression, _ schema: StructType) -> PushedFilter? {
        func name(_ e: BoundExpression) -> String? {
            if case .column(let i, _) = e { return schema[i].name }
            return nil
        }
        func literal(_ e: BoundExpression, like column: BoundExpression) -> Value? {
            let value: Value
            switch e {
            case .literal(let v, let t) where t == column.dataType: value = v
            // A literal widened to the column's type (`long_column > 1`), as Spark's optimizer folds it.
            case .cast(.literal(let v, _), let t) where t == column.dataType: value = ValueCast.cast(v, to: t)
            default: return nil
            }
            guard !value.isNull, Self.supports(column.dataType) else { return nil }
            return value
        }
        switch e {
        case .binary(.and, let l, let r, _):
            guard let l = translate(l, schema), let r = translate(r, schema) else { return nil }
            return .and(l, r)
        case .binary(.or, let l, let r, _):
            guard let l = translate(l, schema), let r = translate(r, schema) else { return nil }
            return .or(l, r)
        case .unary(.not, let inner, _):
            return translate(inner, schema).map { .not($0) }
        case .unary(.isNull, let c, _):
            return name(c).map { .isNull($0) }
        case .unary(.isNotNull, let c, _):
            return name(c).map { .isNotNull($0) }
        case .binary(let op, let l, let r, _):
            // `1 < a` is `a > 1`.
            let (column, value, flipped): (String, Value, Bool)
            if let c = name(l), let v = literal(r, like: l) { (column, value, flipped) = (c, v, false) }
            else if let c = name(r), let v = literal(l, like: r) { (column, value, flipped) = (c, v, true) }
            else { return nil }
            switch op {
            case .equal: return .equalTo(column, value)
            case .notEqual: return .not(.equalTo(column, value))
            case .less: return flipped ? .greaterThan(column, value) : .lessThan(column, value)
            case .lessOrEqual: return flipped ? .greaterThanOrEqual(column, value) : .lessThanOrEqual(column, value)
            case .greater: return flipped ? .lessThan(column, value) : .greaterThan(column, value)
            case .greaterOrEqual: return flipped ? .lessThanOrEqual(column, value) : .greaterThanOrEqual(column, value)
            default: return nil
            }
        case .function(let f, let args) where f.function.name == "in" && !args.isEmpty:
            guard let c = name(args[0]) else { return nil }
            var values: [Value] = []
            for a in args.dropFirst() {
                // A null in the list matches nothing; Spark's `In` keeps it.
                if case .literal(.null, _) = a { values.append(.null); continue }
                guard let v = literal(a, like: args[0]) else { return nil }
                if !values.contains(v) { values.append(v) }
            }
            return .in(c, values)
        case .function(let f, let args) where f.function.name == "startswith" && args.count == 2:
            guard let c = name(args[0]), case .literal(.string(let prefix), _) = args[1] else { return nil }
            return .stringStartsWith(c, prefix)
        default:
            return nil
        }
    }

    /// The literal types whose values Sparkbook prints as the JVM does in `PushedFilters`.
    static func supports(_ type: DataType) -> Bool {
        switch type {
        case .integer, .long, .short, .byte, .double, .float, .string, .boolean, .date: true
        default: false
        }
    }
}

extension BoundExpression {
    /// The columns whose null makes this condition null (Spark's `scanNullIntolerantAttribute`): those read
    /// through a chain of null-intolerant operators (comparisons, arithmetic, NOT, casts, most functions).
    var nullIntolerantColumns: [Int] {
        switch self {
        case .column(let i, _): return [i]
        case .literal, .unary(.isNull, _, _), .unary(.isNotNull, _, _), .binary(.and, _, _, _), .binary(.or, _, _, _):
            return []
        case .unary(_, let e, _), .cast(let e, _): return e.nullIntolerantColumns
        case .binary(_, let l, let r, _):
            let left = l.nullIntolerantColumns
            return left + r.nullIntolerantColumns.filter { !left.contains($0) }
        case .function(let f, let args):
            guard let row = f.function as? RowFunction, row.nullIntolerant else { return [] }
            var out: [Int] = []
            for a in args { for i in a.nullIntolerantColumns where !out.contains(i) { out.append(i) } }
            return out
        }
    }
}
