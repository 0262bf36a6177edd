/// Operators, delimiters and bracket matching.
extension Lexer {
    /// Punctuator spellings grouped by first byte, longest first (maximal munch).
    private static let punctuatorsByFirstByte: [UInt8: [(bytes: [UInt8], punctuator: Punctuator)]] =
        Dictionary(grouping: Punctuator.longestFirst, by: { $0.bytes[0] })

    mutating func lexPunctuator() throws {
        let start = position
        let first = bytes[start]
        guard let candidates = Lexer.punctuatorsByFirstByte[first],
              let match = candidates.first(where: { matches($0.bytes, at: start) }) else {
            throw invalidCharacter(at: start)
        }
        position += match.bytes.count
        let span = SourceSpan(start: start, end: position)
        let punctuator = match.punctuator
        if punctuator.closingBracket != nil {
            openBrackets.append((punctuator, start))
        } else if punctuator == .rightParen || punctuator == .rightBracket || punctuator == .rightBrace {
            try closeBracket(punctuator, span: span)
        }
        tokens.append(Token(.punctuator(punctuator), span))
    }

    private func matches(_ spelling: [UInt8], at offset: Int) -> Bool {
        guard offset + spelling.count <= end else { return false }
        for (index, byte) in spelling.enumerated() where bytes[offset + index] != byte { return false }
        return true
    }

    private mutating func closeBracket(_ closing: Punctuator, span: SourceSpan) throws {
        guard let open = openBrackets.popLast() else {
            throw Diagnostic(code: DiagnosticCode.syntax, message: "unmatched '\(closing.rawValue)'", span: span)
        }
        guard open.punctuator.closingBracket == closing else {
            let expected = open.punctuator.closingBracket?.rawValue ?? "?"
            throw Diagnostic(
                code: DiagnosticCode.syntax,
                message: "closing '\(closing.rawValue)' does not match '\(open.punctuator.rawValue)' opened at \(file.location(of: open.offset))",
                span: span,
                suggestion: "use '\(expected)' here")
        }
    }

    private func invalidCharacter(at offset: Int) -> Diagnostic {
        let byte = bytes[offset]
        let character = byte < 0x80 ? String(UnicodeScalar(byte)) : "?"
        var suggestion: String?
        if byte == UInt8(ascii: "!") { suggestion = "use 'not' for negation, or '!=' for inequality" }
        if byte == UInt8(ascii: "`") { suggestion = "backticks are not Python; use quotes for strings" }
        return Diagnostic(code: DiagnosticCode.syntax,
                          message: "invalid character '\(character)'",
                          span: SourceSpan(start: offset, end: offset + 1),
                          suggestion: suggestion)
    }
}
