extension Expression {
    /// The expression with every sub-expression that `replace` gives a replacement for replaced (a replacement
    /// is not looked into again); the rest rebuilt around their rewritten parts, a window's arguments,
    /// partitioning and ordering included. How a plan swaps window calls for their columns, or SQL swaps
    /// qualified names for a join side's columns.
    public func rewritten(_ replace: (Expression) throws -> Expression?) rethrows -> Expression {
        if let replacement = try replace(self) { return replacement }
        switch self {
        case .column, .dataFrameColumn, .columnAt, .star, .literal: return self
        case .alias(let x, let name): return .alias(try x.rewritten(replace), name: name)
        case .aggregate(let f, let x): return .aggregate(f, try x.rewritten(replace))
        case .unary(let op, let x): return .unary(op, try x.rewritten(replace))
        case .binary(let op, let a, let b): return .binary(op, try a.rewritten(replace), try b.rewritten(replace))
        case .cast(let x, let type): return .cast(try x.rewritten(replace), type)
        case .function(let name, let args): return .function(name, try args.map { try $0.rewritten(replace) })
        case .sortOrder(let x, let direction): return .sortOrder(try x.rewritten(replace), direction)
        case .window(let call, let spec):
            var over = spec
            over.partitionBy = try spec.partitionBy.map { try $0.rewritten(replace) }
            over.orderBy = try spec.orderBy.map { try $0.rewritten(replace) }
            return .window(try call.rewritten(replace), over)
        }
    }
}

extension WindowFunctionCall {
    /// The call with its argument rewritten (`count(*)`'s star kept).
    public func rewritten(_ replace: (Expression) throws -> Expression?) rethrows -> WindowFunctionCall {
        switch self {
        case .rowNumber, .rank, .denseRank, .percentRank, .ntile, .cumeDist: self
        case .lag(let e, let n, let d): .lag(try e.rewritten(replace), offset: n, defaultValue: d)
        case .lead(let e, let n, let d): .lead(try e.rewritten(replace), offset: n, defaultValue: d)
        case .aggregate(let f, let e): .aggregate(f, e == .star ? e : try e.rewritten(replace))
        }
    }
}
