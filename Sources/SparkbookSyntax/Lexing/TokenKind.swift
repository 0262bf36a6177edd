/// What a token is, with its decoded value where it has one.
public enum TokenKind: Sendable, Hashable {
    case name(String)
    case keyword(Keyword)
    case integer(Int64)
    case float(Double)
    case string(StringLiteral)
    case punctuator(Punctuator)
    /// End of a logical line (not emitted inside brackets or after `\`).
    case newline
    /// The indentation level grew at the start of a logical line.
    case indent
    /// The indentation level returned to an outer block (one per level closed).
    case dedent
    case endOfFile
}
