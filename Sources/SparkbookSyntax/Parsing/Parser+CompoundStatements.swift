/// `if`/`elif`/`else`, `for ... in ...:` and `while` with their indented blocks.
extension Parser {
    mutating func parseIf() throws -> Statement {
        let ifToken = advance()
        var branches: [ConditionalBranch] = []
        let condition = try parseNamedExpression()
        let body = try parseBlock(after: ifToken)
        branches.append(ConditionalBranch(condition: condition, body: body, span: span(from: ifToken.span.start)))
        var orElse: [Statement]?
        while true {
            if check(.elif) {
                let elifToken = advance()
                let condition = try parseNamedExpression()
                let body = try parseBlock(after: elifToken)
                branches.append(ConditionalBranch(condition: condition, body: body, span: span(from: elifToken.span.start)))
            } else if check(.else) {
                orElse = try parseBlock(after: advance())
                break
            } else {
                break
            }
        }
        return Statement(.if(branches, orElse: orElse), span: span(from: ifToken.span.start))
    }

    mutating func parseFor() throws -> Statement {
        let forToken = advance()
        let target = try parseTargetList()
        guard consume(.in) != nil else {
            throw error("expected 'in' after the target of 'for'", at: current)
        }
        let iterable = try parseStarExpressions()
        loopDepth += 1
        let body = try parseBlock(after: forToken)
        loopDepth -= 1
        let orElse = check(.else) ? try parseBlock(after: advance()) : nil
        return Statement(.for(target: target, iterable: iterable, body: body, orElse: orElse),
                         span: span(from: forToken.span.start))
    }

    mutating func parseWhile() throws -> Statement {
        let whileToken = advance()
        let condition = try parseNamedExpression()
        loopDepth += 1
        let body = try parseBlock(after: whileToken)
        loopDepth -= 1
        let orElse = check(.else) ? try parseBlock(after: advance()) : nil
        return Statement(.while(condition: condition, body: body, orElse: orElse),
                         span: span(from: whileToken.span.start))
    }

    /// `: NEWLINE INDENT statements DEDENT`, or `: simple; statements` on the same line.
    /// A header at the very end of the input is incomplete: the REPL waits for the body.
    mutating func parseBlock(after header: Token) throws -> [Statement] {
        let keyword = header.isKeyword(.else) ? "else" : (header.isKeyword(.elif) ? "elif" : headerName(header))
        guard consume(.colon) != nil else {
            if check(.walrus) { throw unsupportedWalrus(current) }
            throw error("expected ':' after '\(keyword)' header", at: current)
        }
        guard case .newline = current.kind else {
            return try parseSimpleStatementLine()
        }
        advance()
        let what = "expected an indented block after '\(keyword)' on line \(location(header.span.start).line)"
        if atEndOfInput {
            if let lexError { throw lexError }
            throw Diagnostic(code: DiagnosticCode.incomplete, message: what, span: current.span)
        }
        guard case .indent = current.kind else {
            throw Diagnostic(code: DiagnosticCode.indentation, message: what, span: current.span,
                             suggestion: "indent the body of the block")
        }
        advance()
        var body: [Statement] = []
        while true {
            switch current.kind {
            case .dedent:
                advance()
                return body
            case .endOfFile:
                if let lexError { throw lexError }
                return body
            case .indent:
                throw unexpectedIndent()
            default:
                body.append(contentsOf: try parseStatement())
            }
        }
    }

    private func headerName(_ token: Token) -> String {
        if case .keyword(let keyword) = token.kind { return keyword.rawValue }
        return "block"
    }
}
