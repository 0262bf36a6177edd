/// String literals: implicit concatenation of adjacent literals and f-string fields.
extension Parser {
    /// Consumes one or more adjacent string tokens (`"a" 'b'` is `"ab"`).
    mutating func parseStrings() throws -> Expr {
        let start = current.span.start
        var literals: [(StringLiteral, Token)] = []
        while case .string(let literal) = current.kind {
            literals.append((literal, advance()))
        }
        let bytesCount = literals.filter { if case .bytes = $0.0 { true } else { false } }.count
        if bytesCount > 0 && bytesCount < literals.count {
            throw Diagnostic(code: DiagnosticCode.syntax, message: "cannot mix bytes and nonbytes literals",
                             span: span(from: start))
        }
        if bytesCount > 0 {
            var joined: [UInt8] = []
            for (literal, _) in literals { if case .bytes(let b) = literal { joined += b } }
            return Expr(.bytes(joined), span: span(from: start))
        }
        let isFormatted = literals.contains { if case .formatted = $0.0 { true } else { false } }
        guard isFormatted else {
            let joined = literals.map { if case .text(let t) = $0.0 { t } else { "" } }.joined()
            return Expr(.string(joined), span: span(from: start))
        }
        var parts: [FormattedStringPart] = []
        func appendLiteral(_ text: String) {
            guard !text.isEmpty else { return }
            if case .literal(let previous) = parts.last {
                parts[parts.count - 1] = .literal(previous + text)
            } else {
                parts.append(.literal(text))
            }
        }
        for (literal, _) in literals {
            switch literal {
            case .text(let text): appendLiteral(text)
            case .bytes: break
            case .formatted(let segments):
                for segment in segments {
                    switch segment {
                    case .literal(let text): appendLiteral(text)
                    case .replacement(let field): parts.append(.interpolation(try parseField(field)))
                    }
                }
            }
        }
        return Expr(.formattedString(parts), span: span(from: start))
    }

    /// Lexes and parses a field's expression in place, so its spans point into the file.
    private func parseField(_ field: FormattedStringReplacement) throws -> FormattedStringInterpolation {
        let range = field.expressionSpan.start..<field.expressionSpan.end
        let lexed = Lexer.tokenizeEmbedded(file, range: range)
        var parser = Parser(file: file, lexed: lexed)
        let expression = try parser.parseStarExpressions()
        guard case .endOfFile = parser.current.kind else {
            throw parser.error("f-string: invalid syntax: unexpected \(parser.current.displayName)", at: parser.current)
        }
        if let lexError = parser.lexError { throw lexError }
        return FormattedStringInterpolation(expression: expression, conversion: field.conversion,
                                            formatSpec: field.formatSpec, span: field.span)
    }
}
