/// Recursive-descent parser for the Python subset Sparkbook cells are written in.
///
/// The grammar follows Python's (precedence, chained comparisons, comprehension and
/// target rules); constructs outside the subset are recognised and reported with the
/// code `unsupported` rather than rejected as gibberish. Parsing stops at the first
/// error. The cursor helpers live here; each family of rules has its own extension.
public struct Parser {
    let file: SourceFile
    let tokens: [Token]
    /// The error that cut the token stream short, reported when the parser reaches it.
    let lexError: Diagnostic?
    var index = 0
    /// End offset of the last consumed token, for building node spans.
    var lastEnd = 0
    /// Nesting of `for`/`while` bodies, to reject `break` outside a loop.
    var loopDepth = 0
    /// Nesting of `def` bodies, to reject `return` and `nonlocal` outside a function.
    var functionDepth = 0

    init(file: SourceFile, lexed: LexResult) {
        self.file = file
        self.tokens = lexed.tokens
        self.lexError = lexed.error
        self.lastEnd = lexed.tokens.first?.span.start ?? 0
    }

    /// Parses a whole cell or script.
    public static func parse(_ file: SourceFile) -> ParseOutcome {
        let lexed = Lexer.tokenize(file)
        var parser = Parser(file: file, lexed: lexed)
        do {
            let statements = try parser.parseModule()
            return .complete(Program(statements: statements, endsInsideBlock: lexed.endsInsideBlock))
        } catch let diagnostic as Diagnostic {
            if diagnostic.code == DiagnosticCode.incomplete { return .incomplete(diagnostic) }
            return .failure([diagnostic])
        } catch {
            preconditionFailure("the parser only throws Diagnostic")
        }
    }

    // MARK: - Cursor

    var current: Token { tokens[index] }

    func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        lastEnd = token.span.end
        return token
    }

    func check(_ punctuator: Punctuator) -> Bool { current.isPunctuator(punctuator) }

    func check(_ keyword: Keyword) -> Bool { current.isKeyword(keyword) }

    mutating func consume(_ punctuator: Punctuator) -> Token? {
        check(punctuator) ? advance() : nil
    }

    mutating func consume(_ keyword: Keyword) -> Token? {
        check(keyword) ? advance() : nil
    }

    mutating func expect(_ punctuator: Punctuator, _ message: String) throws -> Token {
        guard let token = consume(punctuator) else { throw error(message, at: current) }
        return token
    }

    /// The span from `start` to the end of the last consumed token.
    func span(from start: Int) -> SourceSpan { SourceSpan(start: start, end: max(start, lastEnd)) }

    /// True when only newlines, dedents and the end of input remain.
    var atEndOfInput: Bool {
        tokens[index...].allSatisfy {
            switch $0.kind {
            case .newline, .dedent, .endOfFile: true
            default: false
            }
        }
    }

    // MARK: - Errors

    /// A syntax error at `token`; at the end of input, the lexer's own error wins because
    /// it explains why the input ended (an open bracket, an unterminated string).
    func error(_ message: String, at token: Token, suggestion: String? = nil) -> Diagnostic {
        if case .endOfFile = token.kind, let lexError { return lexError }
        return Diagnostic(code: DiagnosticCode.syntax, message: message, span: token.span, suggestion: suggestion)
    }

    /// "invalid syntax: unexpected X" for the current token.
    func unexpected(_ token: Token, suggestion: String? = nil) -> Diagnostic {
        error("invalid syntax: unexpected \(token.displayName)", at: token, suggestion: suggestion)
    }

    /// Where `offset` is, as `line:column`, for messages such as "opened at 3:5".
    func location(_ offset: Int) -> SourceLocation { file.location(of: offset) }

    /// Whether `token` can begin an expression (used to decide if a comma list goes on).
    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .name, .integer, .float, .string: return true
        case .keyword(let keyword):
            return [.true, .false, .none, .not, .lambda, .await, .yield].contains(keyword)
        case .punctuator(let p):
            return [.leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .star, .doubleStar, .ellipsis].contains(p)
        default: return false
        }
    }
}
