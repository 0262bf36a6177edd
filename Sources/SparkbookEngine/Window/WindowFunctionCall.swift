/// What a window expression computes for each row: a ranking, an offset lookup, or an aggregate over the frame.
public enum WindowFunctionCall: Sendable, Hashable {
    case rowNumber, rank, denseRank
    case percentRank
    /// `ntile(n)`: the row's bucket of n nearly equal ones; `cume_dist()`: the share of rows up to its last peer.
    case ntile(Int)
    case cumeDist
    case lag(Expression, offset: Int, defaultValue: Value)
    case lead(Expression, offset: Int, defaultValue: Value)
    case aggregate(AggregateFunction, Expression)

    public var generatedName: String {
        switch self {
        case .rowNumber: "row_number()"
        case .rank: "RANK()"
        case .denseRank: "DENSE_RANK()"
        case .percentRank: "PERCENT_RANK()"
        case .ntile(let n): "ntile(\(n))"
        case .cumeDist: "cume_dist()"
        case .lag(let e, let n, let d): "lag(\(e.generatedName), \(n), \(d.literalName))"
        case .lead(let e, let n, let d): "lead(\(e.generatedName), \(n), \(d.literalName))"
        case .aggregate(let f, let e): Expression.aggregate(f, e).generatedName
        }
    }

    /// The window function an expression names before `OVER` (`row_number()`, `lag(x, 2, 0)`, `sum(x)`;
    /// the DataFrame API's `__`-prefixed spellings too); nil when it names none. Offsets and defaults are
    /// literals: `lag(x)` is `lag(x, 1, NULL)`.
    public init?(_ function: Expression) {
        switch function {
        case .aggregate(let f, let e): self = .aggregate(f, e)
        case .function(let spelled, let args):
            let name = spelled.hasPrefix("__") ? String(spelled.dropFirst(2)) : spelled
            func literal(_ i: Int) -> Value? {
                guard args.count > i else { return nil }
                if case .literal(let v) = args[i] { return v }
                return nil
            }
            let offset = Int(literal(1)?.int64Value ?? 1), defaultValue = literal(2) ?? .null
            switch (name, args.count) {
            case ("row_number", 0): self = .rowNumber
            case ("rank", 0): self = .rank
            case ("dense_rank", 0): self = .denseRank
            case ("percent_rank", 0): self = .percentRank
            case ("cume_dist", 0): self = .cumeDist
            case ("ntile", 1): self = .ntile(Int(literal(0)?.int64Value ?? 1))
            case ("lag", 1...3): self = .lag(args[0], offset: offset, defaultValue: defaultValue)
            case ("lead", 1...3): self = .lead(args[0], offset: offset, defaultValue: defaultValue)
            default: return nil
            }
        default: return nil
        }
    }

    /// What Spark says of an expression before `OVER` that is no window function.
    public static func unsupported(_ function: Expression) -> SparkError {
        SparkError(.analysis, errorClass: "UNSUPPORTED_EXPR_FOR_WINDOW",
                   message: "Expression \"\(function.generatedName)\" not supported within a window function.",
                   sqlState: "42P20")
    }

    /// What Spark says of a ranking or offset function called without `OVER`.
    public var withoutOver: SparkError {
        SparkError(.analysis, errorClass: "WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE",
                   message: "Window function \"\(generatedName)\" requires an OVER clause.", sqlState: "42601")
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
        case .rowNumber, .rank, .denseRank, .percentRank, .ntile:
            WindowFrame(.rows, start: WindowFrame.unboundedPreceding, end: WindowFrame.currentRow)
        case .cumeDist: WindowFrame(.range, start: WindowFrame.unboundedPreceding, end: WindowFrame.currentRow)
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
