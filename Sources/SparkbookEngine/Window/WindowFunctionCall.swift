/// What a window expression computes for each row: a ranking, an offset lookup, or an aggregate over the frame.
public enum WindowFunctionCall: Sendable, Hashable {
    case rowNumber, rank, denseRank
    case percentRank
    case lag(Expression, offset: Int, defaultValue: Value)
    case lead(Expression, offset: Int, defaultValue: Value)
    case aggregate(AggregateFunction, Expression)

    public var generatedName: String {
        switch self {
        case .rowNumber: "row_number()"
        case .rank: "RANK()"
        case .denseRank: "DENSE_RANK()"
        case .percentRank: "PERCENT_RANK()"
        case .lag(let e, let n, let d): "lag(\(e.generatedName), \(n), \(d.literalName))"
        case .lead(let e, let n, let d): "lead(\(e.generatedName), \(n), \(d.literalName))"
        case .aggregate(let f, let e): Expression.aggregate(f, e).generatedName
        }
    }

    /// Rankings and offsets need an ordered window; Spark rejects them without one.
    public var requiresOrder: Bool {
        if case .aggregate = self { return false }
        return true
    }
}

/// `Window.partitionBy(...).orderBy(...)`: the partition keys and the ordering inside each partition.
public struct WindowSpecification: Sendable, Hashable {
    public var partitionBy: [Expression]
    public var orderBy: [Expression]

    public init(partitionBy: [Expression] = [], orderBy: [Expression] = []) {
        self.partitionBy = partitionBy
        self.orderBy = orderBy
    }

    var generatedName: String {
        var parts: [String] = []
        if !partitionBy.isEmpty { parts.append("PARTITION BY " + partitionBy.map(\.generatedName).joined(separator: ", ")) }
        if !orderBy.isEmpty {
            parts.append("ORDER BY " + orderBy.map { e -> String in
                if case .sortOrder = e { return e.generatedName }
                return Expression.sortOrder(e, .ascending).generatedName
            }.joined(separator: ", "))
        }
        return "OVER (" + parts.joined(separator: " ") + ")"
    }
}
