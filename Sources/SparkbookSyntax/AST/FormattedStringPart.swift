/// A piece of an f-string expression (after implicit concatenation).
public enum FormattedStringPart: Sendable, Hashable {
    case literal(String)
    case interpolation(FormattedStringInterpolation)
}

/// A parsed `{expression!conversion:spec}` field.
public struct FormattedStringInterpolation: Sendable, Hashable {
    public var expression: Expr
    /// `r`, `s` or `a`; `{x=}` without spec or conversion gets `r`, as in Python.
    public var conversion: Character?
    /// The format spec text, verbatim (`>10`, `.2f`).
    public var formatSpec: String?
    public var span: SourceSpan

    public init(expression: Expr, conversion: Character?, formatSpec: String?, span: SourceSpan) {
        self.expression = expression
        self.conversion = conversion
        self.formatSpec = formatSpec
        self.span = span
    }
}
