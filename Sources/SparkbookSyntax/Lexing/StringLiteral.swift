/// The decoded value of one string token (before implicit concatenation, which the
/// parser does because adjacent literals may mix plain and f-strings).
public enum StringLiteral: Sendable, Hashable {
    /// A plain or raw string with escapes already decoded.
    case text(String)
    /// A `b"..."` literal.
    case bytes([UInt8])
    /// An f-string split into literal text and `{...}` replacement fields.
    case formatted([FormattedStringSegment])
}

/// One piece of an f-string token as the lexer sees it.
public enum FormattedStringSegment: Sendable, Hashable {
    /// Literal text with escapes and `{{`/`}}` decoded.
    case literal(String)
    /// A `{expression!conversion:format}` field; the expression is left as a source range
    /// for the parser to lex and parse in place, so its spans point into the file.
    case replacement(FormattedStringReplacement)
}

/// The raw parts of one `{...}` field inside an f-string.
public struct FormattedStringReplacement: Sendable, Hashable {
    /// Bytes of the expression, e.g. `x` in `{x!r:>10}`.
    public var expressionSpan: SourceSpan
    /// The conversion character after `!` (`r`, `s` or `a`).
    public var conversion: Character?
    /// The text after `:`, kept verbatim (nested `{}` fields inside it are not parsed).
    public var formatSpec: String?
    /// For the `{x=}` debugging form, the text to print before the value (`"x="`).
    public var debugText: String?
    /// The whole field including its braces.
    public var span: SourceSpan
}
