import SparkbookEngine

/// `SELECT k, sum(x) AS s, RANK() OVER (ORDER BY sum(x) DESC) FROM t GROUP BY k`: Spark computes the windows over
/// the aggregate's rows. The aggregate produces every group key (`__key<i>`) and every aggregate (`__agg<j>`)
/// the SELECT list uses; the list, windows included, is then a select over those columns, each item keeping
/// the name it would have had.
struct SQLWindowsOverAggregate {
    let groupBy: [Expression]
    private(set) var aggregates: [Expression] = []

    init(groupBy: [Expression]) { self.groupBy = groupBy }

    /// The aggregate's output: the keys, then the aggregates, under hidden names.
    var aggregateOutput: [Expression] {
        groupBy.enumerated().map { Expression.alias($0.element, name: "__key\($0.offset)") }
            + aggregates.enumerated().map { Expression.alias($0.element, name: "__agg\($0.offset)") }
    }

    /// A SELECT item over the aggregate's output, named as Spark names the item as written.
    mutating func item(_ e: Expression) -> Expression {
        let rewritten = rewrite(e)
        if case .alias = e { return rewritten }
        return rewritten == e ? e : .alias(rewritten, name: e.generatedName)
    }

    private mutating func rewrite(_ e: Expression) -> Expression {
        if let k = groupBy.firstIndex(where: { Self.same($0, e) }) { return .column("__key\(k)") }
        switch e {
        case .aggregate:
            if let j = aggregates.firstIndex(of: e) { return .column("__agg\(j)") }
            aggregates.append(e)
            return .column("__agg\(aggregates.count - 1)")
        case .alias(let x, let name): return .alias(rewrite(x), name: name)
        case .unary(let op, let x): return .unary(op, rewrite(x))
        case .cast(let x, let type): return .cast(rewrite(x), type)
        case .sortOrder(let x, let direction): return .sortOrder(rewrite(x), direction)
        case .binary(let op, let a, let b): return .binary(op, rewrite(a), rewrite(b))
        case .function(let name, let args): return .function(name, args.map { rewrite($0) })
        case .window(let call, let spec):
            var over = spec
            over.partitionBy = spec.partitionBy.map { rewrite($0) }
            over.orderBy = spec.orderBy.map { rewrite($0) }
            return .window(rewrite(call), over)
        default: return e
        }
    }

    private mutating func rewrite(_ call: WindowFunctionCall) -> WindowFunctionCall {
        switch call {
        case .rowNumber, .rank, .denseRank, .percentRank: call
        case .lag(let e, let n, let d): .lag(rewrite(e), offset: n, defaultValue: d)
        case .lead(let e, let n, let d): .lead(rewrite(e), offset: n, defaultValue: d)
        case .aggregate(let f, let e): .aggregate(f, e == .star ? e : rewrite(e))
        }
    }

    /// Whether an expression is a group key; column names match without regard to case, as Spark's do.
    private static func same(_ key: Expression, _ e: Expression) -> Bool {
        if case .column(let a) = key, case .column(let b) = e { return a.lowercased() == b.lowercased() }
        return key == e
    }
}
