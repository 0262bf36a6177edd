/// Everything the lexer produced for one source range.
///
/// Lexing does not stop the parser early: when it hits an error it ends the token
/// stream there with `endOfFile` and records the error, so the parser reports any
/// earlier syntax error first and reports `error` only when it reaches the end.
public struct LexResult: Sendable {
    public var tokens: [Token]
    /// The error that cut the stream short, if any.
    public var error: Diagnostic?
    /// True when `error` means "more input would fix this" (open bracket, open
    /// triple-quoted string, trailing `\`).
    public var isIncomplete: Bool
    /// True when the last logical line was indented, i.e. the input ended inside a
    /// block; a REPL keeps reading until a blank line in that case.
    public var endsInsideBlock: Bool
}
