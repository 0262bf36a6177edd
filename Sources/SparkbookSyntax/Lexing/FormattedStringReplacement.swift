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
