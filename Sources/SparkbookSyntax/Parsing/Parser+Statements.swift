/// Module structure and simple statements: expression statements, assignments, `pass`,
/// `break`, `continue`, `del`, `assert`, and `;`-separated lines.
extension Parser {
    mutating func parseModule() throws -> [Statement] {
        var statements: [Statement] = []
        while true {
            switch current.kind {
            case .endOfFile:
                if let lexError { throw lexError }
                return statements
            case .newline:
                advance()
            case .indent:
                throw unexpectedIndent()
            case .dedent:
                throw unexpected(current)
            default:
                statements.append(contentsOf: try parseStatement())
            }
        }
    }

    func unexpectedIndent() -> Diagnostic {
        let token = peek().kind == .endOfFile ? current : peek()
        return Diagnostic(code: DiagnosticCode.indentation, message: "unexpected indent", span: token.span,
                          suggestion: "remove the extra indentation; only the body of 'if', 'for' or 'while' is indented")
    }

    /// One line's worth of statements (a compound statement, or simple ones joined by `;`).
    mutating func parseStatement() throws -> [Statement] {
        if case .keyword(let keyword) = current.kind {
            switch keyword {
            case .if: return [try parseIf()]
            case .for: return [try parseFor()]
            case .while: return [try parseWhile()]
            case .def: return [try parseFunctionDefinition()]
            case .try: return [try parseTry()]
            case .with: return [try parseWith()]
            case .except, .finally:
                throw error("invalid syntax: '\(keyword.rawValue)' without a matching 'try'", at: current)
            case .elif, .else:
                throw error("invalid syntax: '\(keyword.rawValue)' without a matching 'if'", at: current)
            default: break
            }
        }
        if check(.at) { return [try parseDecorated()] }
        return try parseSimpleStatementLine()
    }

    /// `stmt (; stmt)* [;] NEWLINE`
    mutating func parseSimpleStatementLine() throws -> [Statement] {
        var statements = [try parseSimpleStatement()]
        while consume(.semicolon) != nil {
            if case .newline = current.kind { break }
            statements.append(try parseSimpleStatement())
        }
        guard case .newline = current.kind else {
            throw unexpectedAfterStatement(statements[statements.count - 1])
        }
        advance()
        return statements
    }

    private func unexpectedAfterStatement(_ statement: Statement) -> Diagnostic {
        var suggestion: String?
        if startsExpression(current) {
            suggestion = "perhaps you forgot a comma or an operator?"
            if case .expression(let expr) = statement.kind, case .name("print") = expr.kind {
                suggestion = "call print with parentheses: print(...)"
            }
        }
        return unexpected(current, suggestion: suggestion)
    }

    mutating func parseSimpleStatement() throws -> Statement {
        let start = current.span.start
        if let unsupported = unsupportedStatement(current) { throw unsupported }
        if case .keyword(let keyword) = current.kind {
            switch keyword {
            case .pass:
                advance()
                return Statement(.pass, span: span(from: start))
            case .break, .continue:
                let token = advance()
                guard loopDepth > 0 else {
                    throw error("'\(keyword.rawValue)' outside loop", at: token)
                }
                return Statement(keyword == .break ? .break : .continue, span: span(from: start))
            case .del:
                advance()
                var targets = [try parseBitwiseOr()]
                while consume(.comma) != nil, startsExpression(current) { targets.append(try parseBitwiseOr()) }
                for target in targets { try validateTarget(target, action: "delete") }
                return Statement(.delete(targets), span: span(from: start))
            case .assert:
                advance()
                let condition = try parseExpression()
                let message = consume(.comma) != nil ? try parseExpression() : nil
                return Statement(.assert(condition, message: message), span: span(from: start))
            case .return:
                return try parseReturn()
            case .raise:
                return try parseRaise()
            case .global, .nonlocal:
                return try parseScopeDeclaration()
            case .import:
                return try parseImport()
            case .from:
                return try parseFromImport()
            default:
                break
            }
        }
        return try parseExpressionOrAssignment(start: start)
    }

    private mutating func parseExpressionOrAssignment(start: Int) throws -> Statement {
        let first = try parseStarExpressions()
        if check(.equal) {
            var chain = [first]
            while consume(.equal) != nil {
                chain.append(try parseStarExpressions())
            }
            let value = chain.removeLast()
            for target in chain { try validateTarget(target, action: "assign to") }
            return Statement(.assignment(targets: chain, value: value), span: span(from: start))
        }
        if case .punctuator(let p) = current.kind, let op = Parser.augmentedOperators[p] {
            let opToken = advance()
            try validateAugmentedTarget(first, operatorToken: opToken)
            let value = try parseStarExpressions()
            return Statement(.augmentedAssignment(target: first, op: op, value: value), span: span(from: start))
        }
        if check(.colon) {
            throw Diagnostic(code: DiagnosticCode.unsupported,
                             message: "variable annotations are not supported in Sparkbook",
                             span: current.span, suggestion: "drop the type annotation")
        }
        if check(.atEqual) { throw unsupportedMatrixMultiply(current) }
        return Statement(.expression(first), span: span(from: start))
    }

    static let augmentedOperators: [Punctuator: BinaryOperator] = [
        .plusEqual: .add, .minusEqual: .subtract, .starEqual: .multiply, .slashEqual: .divide,
        .doubleSlashEqual: .floorDivide, .percentEqual: .modulo, .doubleStarEqual: .power,
        .ampersandEqual: .bitAnd, .pipeEqual: .bitOr, .caretEqual: .bitXor,
        .leftShiftEqual: .leftShift, .rightShiftEqual: .rightShift,
    ]
}
