/// `try`/`except`/`else`/`finally`, `raise` and `with`.
extension Parser {
    /// `try: ... (except [type [as name]]: ...)* [else: ...] [finally: ...]`
    mutating func parseTry() throws -> Statement {
        let tryToken = advance()
        let body = try parseBlock(after: tryToken)
        var handlers: [ExceptHandler] = []
        while check(.except) {
            let exceptToken = advance()
            if let previous = handlers.last, previous.type == nil {
                throw Diagnostic(code: DiagnosticCode.syntax, message: "default 'except:' must be last", span: previous.span)
            }
            var type: Expr?
            var name: String?
            if !check(.colon) {
                type = try parseExpression()
                if consume(.as) != nil {
                    guard case .name(let bound) = current.kind else {
                        throw error("invalid syntax: expected a name after 'as'", at: current)
                    }
                    advance()
                    name = bound
                }
            }
            let handlerBody = try parseBlock(after: exceptToken)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, span: span(from: exceptToken.span.start)))
        }
        var orElse: [Statement]?
        if check(.else) {
            let elseToken = advance()
            guard !handlers.isEmpty else { throw error("invalid syntax: 'else' needs an 'except' block first", at: elseToken) }
            orElse = try parseBlock(after: elseToken)
        }
        let finally = check(.finally) ? try parseBlock(after: advance()) : nil
        guard !handlers.isEmpty || finally != nil else {
            if atEndOfInput {
                throw Diagnostic(code: DiagnosticCode.incomplete, message: "expected 'except' or 'finally' block", span: current.span)
            }
            throw error("expected 'except' or 'finally' block", at: current)
        }
        return Statement(.try(body: body, handlers: handlers, orElse: orElse, finally: finally), span: span(from: tryToken.span.start))
    }

    /// `raise`, `raise error`, `raise error from cause`.
    mutating func parseRaise() throws -> Statement {
        let token = advance()
        guard startsExpression(current) else { return Statement(.raise(nil, cause: nil), span: span(from: token.span.start)) }
        let error = try parseExpression()
        let cause = consume(.from) != nil ? try parseExpression() : nil
        return Statement(.raise(error, cause: cause), span: span(from: token.span.start))
    }

    /// `with context [as target], ...: body`
    mutating func parseWith() throws -> Statement {
        let withToken = advance()
        var items: [WithItem] = []
        repeat {
            let context = try parseExpression()
            var target: Expr?
            if consume(.as) != nil {
                let parsed = try parseBitwiseOr()
                try validateTarget(parsed, action: "assign to")
                target = parsed
            }
            items.append(WithItem(context: context, target: target))
        } while consume(.comma) != nil
        let body = try parseBlock(after: withToken)
        return Statement(.with(items, body: body), span: span(from: withToken.span.start))
    }
}
