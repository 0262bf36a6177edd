/// Turns source bytes into tokens, following Python's lexical rules.
///
/// Works directly on the file's UTF-8 bytes with an integer cursor: names, numbers and
/// punctuation are recognised byte by byte and only a finished token's value is turned
/// into a `String`. Indentation produces `indent`/`dedent` tokens; newlines inside
/// `()`, `[]`, `{}` and after a `\` are ignored (implicit and explicit line joining).
///
/// Indentation is measured in columns with tabs advancing to the next multiple of 8;
/// unlike CPython, mixing tabs and spaces is not rejected.
public struct Lexer {
    let file: SourceFile
    let bytes: [UInt8]
    var position: Int
    let end: Int
    /// Lexing an f-string's `{expression}`: behaves as if inside brackets throughout.
    let embedded: Bool
    var tokens: [Token] = []
    var indents: [Int] = [0]
    var openBrackets: [(punctuator: Punctuator, offset: Int)] = []
    var atLineStart = true

    init(file: SourceFile, range: Range<Int>, embedded: Bool) {
        self.file = file
        self.bytes = file.utf8
        self.position = range.lowerBound
        self.end = range.upperBound
        self.embedded = embedded
        self.atLineStart = !embedded
    }

    /// Lexes a whole cell or script.
    public static func tokenize(_ file: SourceFile) -> LexResult {
        var lexer = Lexer(file: file, range: 0..<file.utf8.count, embedded: false)
        return lexer.run()
    }

    /// Lexes the expression of an f-string replacement field, in place, so token spans
    /// point into the file.
    static func tokenizeEmbedded(_ file: SourceFile, range: Range<Int>) -> LexResult {
        var lexer = Lexer(file: file, range: range, embedded: true)
        return lexer.run()
    }

    mutating func run() -> LexResult {
        do {
            try lexAll()
            return LexResult(tokens: tokens, error: nil, isIncomplete: false, endsInsideBlock: indents.count > 1)
        } catch let diagnostic as Diagnostic {
            tokens.append(Token(.endOfFile, .point(min(position, end))))
            return LexResult(
                tokens: tokens, error: diagnostic,
                isIncomplete: diagnostic.code == DiagnosticCode.incomplete,
                endsInsideBlock: indents.count > 1)
        } catch {
            preconditionFailure("the lexer only throws Diagnostic")
        }
    }

    private mutating func lexAll() throws {
        while true {
            if atLineStart && openBrackets.isEmpty {
                try lexIndentation()
            }
            try skipWhitespaceAndComments()
            guard position < end else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                let start = position
                consumeLineBreak()
                if openBrackets.isEmpty && !embedded {
                    tokens.append(Token(.newline, SourceSpan(start: start, end: position)))
                    atLineStart = true
                }
            } else if Lexer.isNameStart(byte) {
                try lexNameOrPrefixedString()
            } else if Lexer.isDigit(byte)
                        || (byte == UInt8(ascii: ".") && position + 1 < end && Lexer.isDigit(bytes[position + 1])) {
                try lexNumber()
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                try lexString(prefixStart: position, prefix: StringPrefix())
            } else {
                try lexPunctuator()
            }
        }
        try finish()
    }

    /// Emits what the end of input implies: the last NEWLINE, closing DEDENTs, EOF.
    private mutating func finish() throws {
        if let open = openBrackets.last {
            let closing = open.punctuator.closingBracket?.rawValue ?? "?"
            throw Diagnostic(
                code: embedded ? DiagnosticCode.syntax : DiagnosticCode.incomplete,
                message: "expected '\(closing)' to close '\(open.punctuator.rawValue)' opened at \(file.location(of: open.offset))",
                span: .point(end),
                notes: [DiagnosticNote("'\(open.punctuator.rawValue)' opened here", span: SourceSpan(start: open.offset, end: open.offset + 1))])
        }
        if !embedded {
            if !atLineStart {
                tokens.append(Token(.newline, .point(end)))
            }
            for _ in indents.dropFirst() {
                tokens.append(Token(.dedent, .point(end)))
            }
        }
        tokens.append(Token(.endOfFile, .point(end)))
    }

    /// At the start of a logical line: skips blank and comment-only lines, then compares
    /// the indentation with the enclosing blocks.
    private mutating func lexIndentation() throws {
        while position < end {
            let lineStart = position
            var column = 0
            scan: while position < end {
                switch bytes[position] {
                case UInt8(ascii: " "): column += 1
                case UInt8(ascii: "\t"): column = (column / 8 + 1) * 8
                case 0x0C: column = 0
                default: break scan
                }
                position += 1
            }
            guard position < end else { return }
            let byte = bytes[position]
            if byte == UInt8(ascii: "#") {
                skipComment()
                if position < end { consumeLineBreak() }
                continue
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                consumeLineBreak()
                continue
            }
            atLineStart = false
            if column > indents[indents.count - 1] {
                indents.append(column)
                tokens.append(Token(.indent, SourceSpan(start: lineStart, end: position)))
                return
            }
            while column < indents[indents.count - 1] {
                indents.removeLast()
                tokens.append(Token(.dedent, .point(position)))
            }
            if column != indents[indents.count - 1] {
                throw Diagnostic(
                    code: DiagnosticCode.indentation,
                    message: "unindent does not match any outer indentation level",
                    span: SourceSpan(start: lineStart, end: position))
            }
            return
        }
    }

    /// Skips spaces, tabs, comments and `\`-newline continuations within a line.
    private mutating func skipWhitespaceAndComments() throws {
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0C {
                position += 1
            } else if byte == UInt8(ascii: "#") {
                if embedded {
                    throw Diagnostic(code: DiagnosticCode.syntax,
                                     message: "f-string expression part cannot include '#'",
                                     span: SourceSpan(start: position, end: position + 1))
                }
                skipComment()
            } else if byte == UInt8(ascii: "\\") {
                let start = position
                position += 1
                guard position < end else {
                    throw Diagnostic(code: DiagnosticCode.incomplete,
                                     message: "unexpected end of input after line continuation character '\\'",
                                     span: SourceSpan(start: start, end: start + 1))
                }
                guard bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r") else {
                    throw Diagnostic(code: DiagnosticCode.syntax,
                                     message: "unexpected character after line continuation character '\\'",
                                     span: SourceSpan(start: start, end: start + 1))
                }
                consumeLineBreak()
                if position >= end {
                    throw Diagnostic(code: DiagnosticCode.incomplete,
                                     message: "unexpected end of input after line continuation character '\\'",
                                     span: SourceSpan(start: start, end: start + 1))
                }
            } else {
                return
            }
        }
    }

    private mutating func skipComment() {
        while position < end, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
            position += 1
        }
    }

    /// Consumes `\n`, `\r\n` or a lone `\r`.
    mutating func consumeLineBreak() {
        if bytes[position] == UInt8(ascii: "\r"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "\n") {
            position += 2
        } else {
            position += 1
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    static func isNameContinue(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) }
}
