/// One parameter of a `def` or `lambda`: how arguments bind to it, and its default (evaluated at definition).
public struct Parameter: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Before a `/`: only by position.
        case positionalOnly
        /// Position or keyword (the usual kind).
        case positional
        /// `*args`: the surplus positional arguments, as a tuple.
        case variadic
        /// After `*` or `*args`: only by keyword.
        case keywordOnly
        /// `**kwargs`: the surplus keyword arguments, as a dict.
        case keywords
    }

    public var name: String
    public var kind: Kind
    public var defaultValue: Expr?
    public var span: SourceSpan

    public init(name: String, kind: Kind, defaultValue: Expr? = nil, span: SourceSpan) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.span = span
    }
}
