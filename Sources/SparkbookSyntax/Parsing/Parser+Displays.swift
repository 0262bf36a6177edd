/// Parenthesised expressions, tuples, list/dict/set displays and comprehensions.
extension Parser {
    /// After `(`: `()`, `(x)`, `(x,)`, `(x, y)`, or a generator `(x for x in xs)`.
    mutating func parseParenthesized(openedBy open: Token) throws -> Expr {
        let start = open.span.start
        if consume(.rightParen) != nil { return Expr(.tuple([]), span: span(from: start)) }
        if check(.yield), let unsupported = unsupportedExpressionKeyword(current) { throw unsupported }
        let first = try parseStarOrExpression()
        if check(.walrus) { throw unsupportedWalrus(current) }
        if check(.for) {
            let clauses = try parseComprehensionClauses()
            guard consume(.rightParen) != nil else { throw unclosed(open) }
            return Expr(.generator(first, clauses), span: span(from: start))
        }
        guard check(.comma) else {
            guard consume(.rightParen) != nil else { throw unclosed(open) }
            return Expr(.parenthesized(first), span: span(from: start))
        }
        var elements = [first]
        while consume(.comma) != nil, !check(.rightParen) {
            try expectElement(closing: open)
            elements.append(try parseStarOrExpression())
        }
        guard consume(.rightParen) != nil else { throw unclosed(open) }
        return Expr(.tuple(elements), span: span(from: start))
    }

    /// After `[`: a list display or a list comprehension.
    mutating func parseListDisplay(openedBy open: Token) throws -> Expr {
        let start = open.span.start
        var elements: [Expr] = []
        if !check(.rightBracket) {
            try expectElement(closing: open)
            let first = try parseStarOrExpression()
            if check(.for) {
                let clauses = try parseComprehensionClauses()
                guard consume(.rightBracket) != nil else { throw unclosed(open) }
                return Expr(.listComprehension(first, clauses), span: span(from: start))
            }
            elements.append(first)
            while consume(.comma) != nil, !check(.rightBracket) {
                elements.append(try parseStarOrExpression())
            }
        }
        guard consume(.rightBracket) != nil else { throw unclosed(open) }
        return Expr(.list(elements), span: span(from: start))
    }

    /// After `{`: a dict or set display, or a dict or set comprehension.
    mutating func parseBraceDisplay(openedBy open: Token) throws -> Expr {
        let start = open.span.start
        if consume(.rightBrace) != nil { return Expr(.dict([]), span: span(from: start)) }
        if check(.doubleStar) || !check(.star) && isDictEntryAhead() {
            return try parseDictDisplay(openedBy: open)
        }
        let first = try parseStarOrExpression()
        if check(.for) {
            let clauses = try parseComprehensionClauses()
            guard consume(.rightBrace) != nil else { throw unclosed(open) }
            return Expr(.setComprehension(first, clauses), span: span(from: start))
        }
        var elements = [first]
        while consume(.comma) != nil, !check(.rightBrace) {
            try expectElement(closing: open)
            elements.append(try parseStarOrExpression())
        }
        guard consume(.rightBrace) != nil else { throw unclosed(open) }
        return Expr(.set(elements), span: span(from: start))
    }

    /// Looks ahead (without consuming) for a `:` at bracket depth 0 before `,` or `}`.
    private func isDictEntryAhead() -> Bool {
        var depth = 0
        var cursor = index
        while cursor < tokens.count {
            let token = tokens[cursor]
            switch token.kind {
            case .punctuator(.leftParen), .punctuator(.leftBracket), .punctuator(.leftBrace): depth += 1
            case .punctuator(.rightParen), .punctuator(.rightBracket): depth -= 1
            case .punctuator(.rightBrace):
                if depth == 0 { return false }
                depth -= 1
            case .punctuator(.colon) where depth == 0: return true
            case .punctuator(.comma) where depth == 0: return false
            case .keyword(.for) where depth == 0: return false
            case .keyword(.lambda): return false
            case .endOfFile: return false
            default: break
            }
            cursor += 1
        }
        return false
    }

    private mutating func parseDictDisplay(openedBy open: Token) throws -> Expr {
        let start = open.span.start
        var entries: [DictEntry] = []
        repeat {
            if check(.rightBrace) { break }
            try expectElement(closing: open)
            if consume(.doubleStar) != nil {
                entries.append(.unpacked(try parseBitwiseOr()))
                continue
            }
            let key = try parseExpression()
            _ = try expect(.colon, "expected ':' after a dict key")
            let value = try parseExpression()
            if entries.isEmpty, check(.for) {
                let clauses = try parseComprehensionClauses()
                guard consume(.rightBrace) != nil else { throw unclosed(open) }
                return Expr(.dictComprehension(key: key, value: value, clauses), span: span(from: start))
            }
            entries.append(.pair(key: key, value: value))
        } while consume(.comma) != nil
        guard consume(.rightBrace) != nil else { throw unclosed(open) }
        return Expr(.dict(entries), span: span(from: start))
    }

    /// `for target in iterable [if condition]...`, repeated.
    mutating func parseComprehensionClauses() throws -> [ComprehensionClause] {
        var clauses: [ComprehensionClause] = []
        while check(.for) || check(.async) {
            if check(.async), let unsupported = unsupportedStatement(current) { throw unsupported }
            let forToken = advance()
            let target = try parseTargetList()
            guard consume(.in) != nil else {
                throw error("expected 'in' after the target of 'for'", at: current)
            }
            let iterable = try parseOr()
            var conditions: [Expr] = []
            while consume(.if) != nil {
                conditions.append(try parseOr())
            }
            clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions,
                                               span: span(from: forToken.span.start)))
        }
        return clauses
    }
}
