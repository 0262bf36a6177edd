/// Integer and float literals: `42`, `1_000`, `0xFF`, `0o17`, `0b1010`, `1.5`, `.5`, `1e-3`.
extension Lexer {
    mutating func lexNumber() throws {
        let start = position
        if bytes[position] == UInt8(ascii: "0"), position + 1 < end,
           let radix = Lexer.radix(forMarker: bytes[position + 1]) {
            position += 2
            try lexRadixInteger(start: start, radix: radix)
            return
        }
        var digits: [UInt8] = []
        try scanDigits(into: &digits, start: start)
        var isFloat = false
        if position < end, bytes[position] == UInt8(ascii: ".") {
            isFloat = true
            digits.append(UInt8(ascii: "."))
            position += 1
            if position < end, Lexer.isDigit(bytes[position]) { try scanDigits(into: &digits, start: start) }
        }
        if position < end, bytes[position] | 0x20 == UInt8(ascii: "e") {
            var lookahead = position + 1
            if lookahead < end, bytes[lookahead] == UInt8(ascii: "+") || bytes[lookahead] == UInt8(ascii: "-") {
                lookahead += 1
            }
            if lookahead < end, Lexer.isDigit(bytes[lookahead]) {
                isFloat = true
                digits.append(contentsOf: bytes[position..<lookahead])
                position = lookahead
                try scanDigits(into: &digits, start: start)
            }
        }
        try rejectNumberSuffix(start: start)
        let span = SourceSpan(start: start, end: position)
        let text = String(decoding: digits, as: UTF8.self)
        if isFloat {
            guard let value = Double(text) else { throw numberError("invalid float literal", span) }
            tokens.append(Token(.float(value), span))
            return
        }
        if digits.count > 1, digits[0] == UInt8(ascii: "0"), digits.contains(where: { $0 != UInt8(ascii: "0") }) {
            throw numberError("leading zeros in decimal integer literals are not permitted", span,
                              suggestion: "use an 0o prefix for octal integers")
        }
        guard let value = Int64(text) else { throw tooLarge(span) }
        tokens.append(Token(.integer(value), span))
    }

    private static func radix(forMarker byte: UInt8) -> Int? {
        switch byte | 0x20 {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    private mutating func lexRadixInteger(start: Int, radix: Int) throws {
        var value: Int64 = 0
        var digitCount = 0
        var overflow = false
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "_"), position + 1 < end, Lexer.digitValue(bytes[position + 1]).map({ $0 < radix }) == true {
                position += 1
                continue
            }
            guard let digit = Lexer.digitValue(byte), digit < radix else { break }
            let (multiplied, o1) = value.multipliedReportingOverflow(by: Int64(radix))
            let (added, o2) = multiplied.addingReportingOverflow(Int64(digit))
            overflow = overflow || o1 || o2
            value = added
            digitCount += 1
            position += 1
        }
        let span = SourceSpan(start: start, end: position)
        guard digitCount > 0 else { throw numberError("invalid base-\(radix) integer literal", span) }
        try rejectNumberSuffix(start: start)
        guard !overflow else { throw tooLarge(span) }
        tokens.append(Token(.integer(value), span))
    }

    /// Decimal digits with single `_` separators between them.
    private mutating func scanDigits(into digits: inout [UInt8], start: Int) throws {
        while position < end {
            let byte = bytes[position]
            if Lexer.isDigit(byte) {
                digits.append(byte)
                position += 1
            } else if byte == UInt8(ascii: "_") {
                guard position + 1 < end, Lexer.isDigit(bytes[position + 1]), !digits.isEmpty else {
                    throw numberError("invalid decimal literal", SourceSpan(start: start, end: position + 1))
                }
                position += 1
            } else {
                return
            }
        }
    }

    /// `1j` is complex (unsupported); `1abc` is a typo.
    private mutating func rejectNumberSuffix(start: Int) throws {
        guard position < end, Lexer.isNameContinue(bytes[position]) else { return }
        if bytes[position] | 0x20 == UInt8(ascii: "j") {
            throw Diagnostic(code: DiagnosticCode.unsupported,
                             message: "complex numbers are not supported in Sparkbook",
                             span: SourceSpan(start: start, end: position + 1))
        }
        var stop = position
        while stop < end, Lexer.isNameContinue(bytes[stop]) { stop += 1 }
        throw numberError("invalid decimal literal", SourceSpan(start: start, end: stop))
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        if isDigit(byte) { return Int(byte - UInt8(ascii: "0")) }
        let lower = byte | 0x20
        if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") { return Int(lower - UInt8(ascii: "a")) + 10 }
        return nil
    }

    private func numberError(_ message: String, _ span: SourceSpan, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(code: DiagnosticCode.number, message: message, span: span, suggestion: suggestion)
    }

    private func tooLarge(_ span: SourceSpan) -> Diagnostic {
        numberError("integer literal is too large: Sparkbook integers are 64-bit", span,
                    suggestion: "use a float or a string if you need a larger value")
    }
}
