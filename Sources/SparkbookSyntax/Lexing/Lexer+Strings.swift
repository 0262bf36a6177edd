/// String and bytes literals in single, double and triple quotes.
extension Lexer {
    /// Lexes a literal whose opening quote is at `position`; `prefixStart` is where its
    /// prefix letters (if any) begin, so the token covers them.
    mutating func lexString(prefixStart: Int, prefix: StringPrefix) throws {
        let quote = bytes[position]
        let isTriple = position + 2 < end && bytes[position + 1] == quote && bytes[position + 2] == quote
        let delimiterLength = isTriple ? 3 : 1
        position += delimiterLength
        let bodyStart = position
        let bodyEnd = try scanToClosingQuote(quote, isTriple: isTriple, literalStart: prefixStart)
        position = bodyEnd + delimiterLength
        let span = SourceSpan(start: prefixStart, end: position)
        let body = bodyStart..<bodyEnd
        let literal: StringLiteral
        if prefix.isFormatted {
            literal = .formatted(try formattedSegments(body, isRaw: prefix.isRaw))
        } else if prefix.isBytes {
            if let offset = body.first(where: { bytes[$0] >= 0x80 }) {
                throw Diagnostic(code: DiagnosticCode.string,
                                 message: "bytes can only contain ASCII literal characters",
                                 span: SourceSpan(start: offset, end: offset + 1))
            }
            literal = .bytes(try decodeEscapes(body, isRaw: prefix.isRaw, isBytes: true))
        } else {
            literal = .text(String(decoding: try decodeEscapes(body, isRaw: prefix.isRaw, isBytes: false), as: UTF8.self))
        }
        tokens.append(Token(.string(literal), span))
    }

    /// Finds the closing delimiter, skipping escaped characters; returns where the body ends.
    private mutating func scanToClosingQuote(_ quote: UInt8, isTriple: Bool, literalStart: Int) throws -> Int {
        var cursor = position
        while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\\") {
                cursor += 2
                if cursor <= end, bytes[cursor - 1] == UInt8(ascii: "\r"), cursor < end, bytes[cursor] == UInt8(ascii: "\n") {
                    cursor += 1
                }
                continue
            }
            if byte == quote {
                if !isTriple { return cursor }
                if cursor + 2 < end, bytes[cursor + 1] == quote, bytes[cursor + 2] == quote { return cursor }
            } else if !isTriple && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) {
                position = cursor
                throw Diagnostic(code: DiagnosticCode.string,
                                 message: "unterminated string literal (detected at line \(file.location(of: cursor).line))",
                                 span: SourceSpan(start: literalStart, end: cursor),
                                 suggestion: "close the string with \(String(UnicodeScalar(quote))) on the same line, or use a triple-quoted string")
            }
            cursor += 1
        }
        position = end
        if isTriple {
            throw Diagnostic(code: DiagnosticCode.incomplete,
                             message: "unterminated triple-quoted string literal",
                             span: SourceSpan(start: literalStart, end: min(literalStart + 3, end)))
        }
        throw Diagnostic(code: DiagnosticCode.string,
                         message: "unterminated string literal (detected at line \(file.location(of: end).line))",
                         span: SourceSpan(start: literalStart, end: end))
    }
}
