/// `def` (with decorators, annotations and every parameter kind), `lambda`, `return`, `global` and `nonlocal`.
extension Parser {
    /// `@decorator NEWLINE ... def ...`
    mutating func parseDecorated() throws -> Statement {
        let start = current.span.start
        var decorators: [Expr] = []
        while consume(.at) != nil {
            decorators.append(try parseNamedExpression())
            guard case .newline = current.kind else { throw unexpected(current) }
            advance()
        }
        guard check(.def) else {
            if check(.class), let refusal = unsupportedStatement(current) { throw refusal }
            throw error("invalid syntax: a decorator must be followed by 'def'", at: current)
        }
        return try parseFunctionDefinition(decorators: decorators, start: start)
    }

    /// `def name(parameters) [-> annotation]: body`
    mutating func parseFunctionDefinition(decorators: [Expr] = [], start: Int? = nil) throws -> Statement {
        let defToken = advance()
        guard case .name(let name) = current.kind else {
            throw error("invalid syntax: expected the function's name after 'def'", at: current)
        }
        advance()
        let open = try expect(.leftParen, "expected '(' after the function's name")
        let parameters = try parseParameters(closing: .rightParen, annotated: true, opener: open)
        if consume(.arrow) != nil { _ = try parseExpression() }
        let savedLoops = loopDepth
        loopDepth = 0
        functionDepth += 1
        defer { loopDepth = savedLoops; functionDepth -= 1 }
        let body = try parseBlock(after: defToken)
        let definition = FunctionDefinition(name: name, parameters: parameters, body: body, decorators: decorators)
        return Statement(.functionDefinition(definition), span: span(from: start ?? defToken.span.start))
    }

    /// `lambda parameters: body`
    mutating func parseLambda() throws -> Expr {
        let lambdaToken = advance()
        let parameters = try parseParameters(closing: .colon, annotated: false, opener: lambdaToken)
        let savedLoops = loopDepth
        loopDepth = 0
        defer { loopDepth = savedLoops }
        let body = try parseExpression()
        return Expr(.lambda(parameters, body: body), span: span(from: lambdaToken.span.start))
    }

    /// Parameters up to and including `closing`: `a, b=1, /, c, *args, d, e=2, **kwargs`, with Python's checks.
    private mutating func parseParameters(closing: Punctuator, annotated: Bool, opener: Token) throws -> [Parameter] {
        var parameters: [Parameter] = []
        var keywordOnly = false
        var sawDefault = false
        var names = Set<String>()
        while !check(closing) {
            let start = current.span.start
            if consume(.slash) != nil {
                guard !parameters.isEmpty, !keywordOnly else { throw error("invalid syntax: misplaced '/'", at: tokens[index - 1]) }
                for i in parameters.indices where parameters[i].kind == .positional { parameters[i].kind = .positionalOnly }
            } else if consume(.doubleStar) != nil {
                let name = try parameterName()
                if annotated, consume(.colon) != nil { _ = try parseExpression() }
                parameters.append(Parameter(name: name, kind: .keywords, span: span(from: start)))
                guard names.insert(name).inserted else { throw duplicate(name, start) }
                _ = consume(.comma)
                guard check(closing) else { throw error("invalid syntax: arguments cannot follow var-keyword argument", at: current) }
                break
            } else if consume(.star) != nil {
                guard !keywordOnly else { throw error("invalid syntax: * argument may appear only once", at: tokens[index - 1]) }
                keywordOnly = true
                if case .name = current.kind {
                    let name = try parameterName()
                    if annotated, consume(.colon) != nil { _ = try parseExpression() }
                    parameters.append(Parameter(name: name, kind: .variadic, span: span(from: start)))
                    guard names.insert(name).inserted else { throw duplicate(name, start) }
                } else if check(closing) || peek().isPunctuator(closing) && check(.comma) {
                    throw error("named arguments must follow bare *", at: current)
                }
            } else {
                let name = try parameterName()
                if annotated, consume(.colon) != nil { _ = try parseExpression() }
                var defaultValue: Expr?
                if consume(.equal) != nil {
                    defaultValue = try parseExpression()
                    if !keywordOnly { sawDefault = true }
                } else if sawDefault && !keywordOnly {
                    throw Diagnostic(code: DiagnosticCode.syntax,
                                     message: "parameter without a default follows parameter with a default",
                                     span: span(from: start))
                }
                parameters.append(Parameter(name: name, kind: keywordOnly ? .keywordOnly : .positional,
                                            defaultValue: defaultValue, span: span(from: start)))
                guard names.insert(name).inserted else { throw duplicate(name, start) }
            }
            if consume(.comma) == nil { break }
        }
        guard consume(closing) != nil else {
            if closing == .rightParen { throw unclosed(opener) }
            throw error("expected ':' after the parameters of 'lambda'", at: current)
        }
        return parameters
    }

    private mutating func parameterName() throws -> String {
        guard case .name(let name) = current.kind else {
            throw error("invalid syntax: expected a parameter name, found \(current.displayName)", at: current)
        }
        advance()
        return name
    }

    private func duplicate(_ name: String, _ start: Int) -> Diagnostic {
        Diagnostic(code: DiagnosticCode.syntax, message: "duplicate argument '\(name)' in function definition",
                   span: span(from: start))
    }

    /// `return [value]`, only inside a function.
    mutating func parseReturn() throws -> Statement {
        let token = advance()
        guard functionDepth > 0 else { throw error("'return' outside function", at: token) }
        let value = startsExpression(current) ? try parseStarExpressions() : nil
        return Statement(.return(value), span: span(from: token.span.start))
    }

    /// `global a, b` and `nonlocal a, b`.
    mutating func parseScopeDeclaration() throws -> Statement {
        let token = advance()
        var names: [String] = []
        repeat {
            guard case .name(let name) = current.kind else {
                throw error("invalid syntax: expected a name after '\(token.isKeyword(.global) ? "global" : "nonlocal")'", at: current)
            }
            advance()
            names.append(name)
        } while consume(.comma) != nil
        if token.isKeyword(.nonlocal) {
            guard functionDepth > 0 else { throw error("nonlocal declaration not allowed at module level", at: token) }
            return Statement(.nonlocal(names), span: span(from: token.span.start))
        }
        return Statement(.global(names), span: span(from: token.span.start))
    }
}
