extension SQLExpressionParser {
    /// `f(...) OVER (PARTITION BY a ORDER BY b DESC ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)`: the call as a
    /// window expression when `OVER` follows it, else the call itself.
    mutating func windowed(_ function: Expression) throws -> Expression {
        guard accept(keyword: "OVER") else { return function }
        guard let call = WindowFunctionCall(function) else { throw WindowFunctionCall.unsupported(function) }
        try expect(symbol: "(")
        var spec = WindowSpecification()
        if accept(keyword: "PARTITION") || accept(keyword: "DISTRIBUTE") {
            try expect(keyword: "BY")
            repeat { spec.partitionBy.append(try expression()) } while accept(symbol: ",")
        }
        if accept(keyword: "ORDER") || accept(keyword: "SORT") {
            try expect(keyword: "BY")
            repeat { spec.orderBy.append(try sortItem()) } while accept(symbol: ",")
        }
        if isKeyword("ROWS") || isKeyword("RANGE") { spec.frame = try frame() }
        try expect(symbol: ")")
        return .window(call, spec)
    }

    /// `ROWS BETWEEN start AND end`, or `ROWS start` (up to the current row).
    mutating func frame() throws -> WindowFrame {
        let kind: WindowFrame.Kind = accept(keyword: "ROWS") ? .rows : { advance(); return .range }()
        guard accept(keyword: "BETWEEN") else {
            return WindowFrame(kind, start: try frameBound(), end: WindowFrame.currentRow, writtenInSQL: true)
        }
        let start = try frameBound()
        try expect(keyword: "AND")
        return WindowFrame(kind, start: start, end: try frameBound(), writtenInSQL: true)
    }

    /// `UNBOUNDED PRECEDING|FOLLOWING`, `CURRENT ROW`, `n PRECEDING|FOLLOWING` as an offset from the current row.
    mutating func frameBound() throws -> Int64 {
        if accept(keyword: "UNBOUNDED") {
            if accept(keyword: "PRECEDING") { return WindowFrame.unboundedPreceding }
            try expect(keyword: "FOLLOWING")
            return WindowFrame.unboundedFollowing
        }
        if accept(keyword: "CURRENT") {
            try expect(keyword: "ROW")
            return WindowFrame.currentRow
        }
        guard case .number(let text) = current, let n = Int64(text) else { throw near() }
        advance()
        if accept(keyword: "PRECEDING") { return -n }
        try expect(keyword: "FOLLOWING")
        return n
    }
}
