/// One piece of an f-string token as the lexer sees it.
public enum FormattedStringSegment: Sendable, Hashable {
    /// Literal text with escapes and `{{`/`}}` decoded.
    case literal(String)
    /// A `{expression!conversion:format}` field; the expression is left as a source range
    /// for the parser to lex and parse in place, so its spans point into the file.
    case replacement(FormattedStringReplacement)
}
