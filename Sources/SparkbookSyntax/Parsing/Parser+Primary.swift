/// Atoms and their trailers: names, literals, `.attribute`, `(call arguments)`, `[subscripts]`.
extension Parser {
    mutating func parsePrimary() throws -> Expr {
        let start = current.span.start
        if check(.await), let unsupported = unsupportedExpressionKeyword(current) { throw unsupported }
        var expr = try parseAtom()
        while true {
            if consume(.dot) != nil {
                guard case .name(let name) = current.kind else {
                    throw error("expected an attribute name after '.'", at: current)
                }
                advance()
                expr = Expr(.attribute(expr, name: name), span: span(from: start))
            } else if let open = consume(.leftParen) {
                let arguments = try parseArguments(openedBy: open)
                expr = Expr(.call(expr, arguments: arguments), span: span(from: start))
            } else if let open = consume(.leftBracket) {
                let index = try parseSubscript(openedBy: open)
                expr = Expr(.subscripted(expr, index: index), span: span(from: start))
            } else {
                return expr
            }
        }
    }

    mutating func parseAtom() throws -> Expr {
        let token = current
        switch token.kind {
        case .name(let name):
            advance()
            return Expr(.name(name), span: token.span)
        case .integer(let value):
            advance()
            return Expr(.integer(value), span: token.span)
        case .float(let value):
            advance()
            return Expr(.float(value), span: token.span)
        case .string:
            return try parseStrings()
        case .keyword(.true), .keyword(.false):
            advance()
            return Expr(.boolean(token.isKeyword(.true)), span: token.span)
        case .keyword(.none):
            advance()
            return Expr(.none, span: token.span)
        case .punctuator(.ellipsis):
            advance()
            return Expr(.ellipsis, span: token.span)
        case .punctuator(.leftParen):
            return try parseParenthesized(openedBy: advance())
        case .punctuator(.leftBracket):
            return try parseListDisplay(openedBy: advance())
        case .punctuator(.leftBrace):
            return try parseBraceDisplay(openedBy: advance())
        case .punctuator(.at):
            throw unsupportedMatrixMultiply(token)
        default:
            if let unsupported = unsupportedExpressionKeyword(token) { throw unsupported }
            if case .newline = token.kind {
                throw error("invalid syntax: expected an expression before the end of the line", at: token)
            }
            throw error("invalid syntax: expected an expression, found \(token.displayName)", at: token)
        }
    }

    /// The error for a missing closing bracket, with a hint for the common typos.
    func unclosed(_ open: Token) -> Diagnostic {
        guard case .punctuator(let p) = open.kind, let closing = p.closingBracket else { return unexpected(current) }
        var suggestion: String?
        if check(.comma), index > 0, tokens[index - 1].isPunctuator(.comma) {
            suggestion = "remove the extra ','"
        } else if startsExpression(current) {
            suggestion = "perhaps you forgot a comma?"
        }
        return error("expected '\(closing.rawValue)' to close '\(p.rawValue)' opened at \(location(open.span.start))",
                     at: current, suggestion: suggestion)
    }

    /// Before a list element: anything that cannot start one means the bracket was not closed properly.
    func expectElement(closing open: Token) throws {
        if !startsExpression(current) { throw unclosed(open) }
    }

    /// Call arguments after `(`: positional, `name=value`, `*args`, `**kwargs`, or a lone generator.
    mutating func parseArguments(openedBy open: Token) throws -> [Argument] {
        var arguments: [Argument] = []
        var seenKeywords = Set<String>()
        while !check(.rightParen) {
            try expectElement(closing: open)
            let start = current.span.start
            let argument: Argument
            if consume(.star) != nil {
                argument = Argument(.unpacked(try parseExpression()), span: span(from: start))
            } else if consume(.doubleStar) != nil {
                argument = Argument(.unpackedMapping(try parseExpression()), span: span(from: start))
            } else if case .name(let name) = current.kind, peek().isPunctuator(.equal) {
                let nameToken = advance()
                advance()
                guard seenKeywords.insert(name).inserted else {
                    throw error("keyword argument repeated: \(name)", at: nameToken)
                }
                argument = Argument(.keyword(name: name, value: try parseExpression()), span: span(from: start))
            } else {
                var value = try parseNamedExpression()
                if check(.for) {
                    let clauses = try parseComprehensionClauses()
                    value = Expr(.generator(value, clauses), span: span(from: start))
                    guard arguments.isEmpty, check(.rightParen) else {
                        throw error("generator expression must be parenthesized", at: current)
                    }
                }
                if check(.equal) {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: current)
                }
                argument = Argument(.positional(value), span: span(from: start))
            }
            if case .positional = argument.kind, arguments.contains(where: { if case .keyword = $0.kind { true } else { false } }) {
                throw Diagnostic(code: DiagnosticCode.syntax, message: "positional argument follows keyword argument",
                                 span: argument.span)
            }
            arguments.append(argument)
            if consume(.comma) == nil { break }
        }
        guard consume(.rightParen) != nil else { throw unclosed(open) }
        return arguments
    }

    /// What follows `[` after a value: an index, a slice, or a tuple of them.
    private mutating func parseSubscript(openedBy open: Token) throws -> Expr {
        let start = current.span.start
        var items = [try parseSliceItem()]
        var sawComma = false
        while consume(.comma) != nil {
            sawComma = true
            if check(.rightBracket) { break }
            items.append(try parseSliceItem())
        }
        guard consume(.rightBracket) != nil else { throw unclosed(open) }
        if items.count == 1 && !sawComma { return items[0] }
        return Expr(.tuple(items), span: SourceSpan(start: start, end: max(start, tokens[index - 1].span.start)))
    }

    private mutating func parseSliceItem() throws -> Expr {
        let start = current.span.start
        let lower = check(.colon) ? nil : try parseNamedExpression()
        guard consume(.colon) != nil else {
            guard let lower else { throw unexpected(current) }
            return lower
        }
        func boundary(_ parser: Parser) -> Bool {
            parser.check(.colon) || parser.check(.rightBracket) || parser.check(.comma)
        }
        let upper = boundary(self) ? nil : try parseExpression()
        var step: Expr?
        if consume(.colon) != nil {
            step = boundary(self) ? nil : try parseExpression()
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), span: span(from: start))
    }
}
