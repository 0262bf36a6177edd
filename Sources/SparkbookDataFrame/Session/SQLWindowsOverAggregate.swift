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
        e.rewritten { part in
            if let k = groupBy.firstIndex(where: { Self.same($0, part) }) { return .column("__key\(k)") }
            guard case .aggregate = part else { return nil }
            if let j = aggregates.firstIndex(of: part) { return .column("__agg\(j)") }
            aggregates.append(part)
            return .column("__agg\(aggregates.count - 1)")
        }
    }

    /// Whether an expression is a group key; column names match without regard to case, as Spark's do.
    private static func same(_ key: Expression, _ e: Expression) -> Bool {
        if case .column(let a) = key, case .column(let b) = e { return a.lowercased() == b.lowercased() }
        return key == e
    }
}
