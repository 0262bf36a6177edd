/// Names, keywords, and the prefix letters of strings such as `f"..."`.
extension Lexer {
    mutating func lexNameOrPrefixedString() throws {
        let start = position
        var hasNonASCII = false
        while position < end, Lexer.isNameContinue(bytes[position]) {
            if bytes[position] >= 0x80 { hasNonASCII = true }
            position += 1
        }
        let letters = bytes[start..<position]
        if position < end, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'"),
           let prefix = StringPrefix(letters) {
            try lexString(prefixStart: start, prefix: prefix)
            return
        }
        let span = SourceSpan(start: start, end: position)
        if hasNonASCII {
            try validateUnicodeName(span)
        } else if let keyword = Keyword.lookup(letters) {
            tokens.append(Token(.keyword(keyword), span))
            return
        }
        tokens.append(Token(.name(String(decoding: letters, as: UTF8.self)), span))
    }

    /// Non-ASCII bytes are accepted while scanning; here the whole name is checked
    /// against Unicode's identifier rules so a pasted curly quote or arrow is reported.
    private func validateUnicodeName(_ span: SourceSpan) throws {
        let name = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
        var offset = span.start
        for (index, scalar) in name.unicodeScalars.enumerated() {
            let valid = index == 0
                ? (scalar.properties.isXIDStart || scalar == "_")
                : scalar.properties.isXIDContinue
            let width = String(scalar).utf8.count
            if !valid {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                var suggestion: String?
                if ["\u{201C}", "\u{201D}"].contains(scalar) { suggestion = "use a straight double quote '\"'" }
                if ["\u{2018}", "\u{2019}"].contains(scalar) { suggestion = "use a straight single quote \"'\"" }
                throw Diagnostic(code: DiagnosticCode.syntax,
                                 message: "invalid character '\(scalar)' (U+\(padded))",
                                 span: SourceSpan(start: offset, end: offset + width),
                                 suggestion: suggestion)
            }
            offset += width
        }
    }
}
