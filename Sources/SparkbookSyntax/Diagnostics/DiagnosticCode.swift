/// The machine-readable codes the syntax layer puts in `Diagnostic.code`.
///
/// Codes are plain strings so later layers (interpreter, plugins) can add their own
/// without touching this module; these are the ones syntax errors use.
public enum DiagnosticCode {
    /// Malformed input: "invalid syntax: ...", "expected ')' ...".
    public static let syntax = "syntax"
    /// Indentation problems: "unexpected indent", "unindent does not match ...".
    public static let indentation = "indentation"
    /// Valid Python outside the Sparkbook subset (`def`, `class`, `lambda`, ...).
    public static let unsupported = "unsupported"
    /// The input stopped early (open bracket, open triple-quoted string, trailing `\`,
    /// a block header with no body yet); the REPL asks for another line.
    public static let incomplete = "incomplete"
    /// A string literal with a bad escape or no closing quote on its line.
    public static let string = "string"
    /// A number literal that is malformed or does not fit in 64 bits.
    public static let number = "number"
}
