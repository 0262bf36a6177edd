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

/// `Window.partitionBy(...).orderBy(...)`, optionally `.rowsBetween(...)`/`.rangeBetween(...)`: the partition
/// keys, the ordering inside each partition and the frame (nil: Spark's default for each function).
public struct WindowSpecification: Sendable, Hashable {
    public var partitionBy: [Expression]
    public var orderBy: [Expression]
    public var frame: WindowFrame?

    public init(partitionBy: [Expression] = [], orderBy: [Expression] = [], frame: WindowFrame? = nil) {
        self.partitionBy = partitionBy
        self.orderBy = orderBy
        self.frame = frame
    }

    /// The frame a function runs over: rankings from the start to the current row, `lag`/`lead` the one row
    /// at their offset, aggregates the given frame or Spark's default.
    public func frame(for call: WindowFunctionCall) -> WindowFrame {
        switch call {
        case .rowNumber, .rank, .denseRank, .percentRank:
            WindowFrame(.rows, start: WindowFrame.unboundedPreceding, end: WindowFrame.currentRow)
        case .lag(_, let n, _): WindowFrame(.rows, start: Int64(-n), end: Int64(-n))
        case .lead(_, let n, _): WindowFrame(.rows, start: Int64(n), end: Int64(n))
        case .aggregate: frame ?? WindowFrame.aggregateDefault(ordered: !orderBy.isEmpty)
        }
    }

    /// `OVER (PARTITION BY k ORDER BY y ASC NULLS FIRST RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`.
    func generatedName(for call: WindowFunctionCall) -> String {
        var parts: [String] = []
        if !partitionBy.isEmpty { parts.append("PARTITION BY " + partitionBy.map(\.generatedName).joined(separator: ", ")) }
        if !orderBy.isEmpty {
            parts.append("ORDER BY " + orderBy.map { e -> String in
                if case .sortOrder = e { return e.generatedName }
                return Expression.sortOrder(e, .ascending).generatedName
            }.joined(separator: ", "))
        }
        parts.append(frame(for: call).sql)
        return "OVER (" + parts.joined(separator: " ") + ")"
    }
}
