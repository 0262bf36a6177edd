/// One argument in a call: `f(x, key=value, *args, **kwargs)`.
public struct Argument: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case positional(Expr)
        /// `name=value`
        case keyword(name: String, value: Expr)
        /// `*iterable`
        case unpacked(Expr)
        /// `**mapping`
        case unpackedMapping(Expr)
    }

    public var kind: Kind
    public var span: SourceSpan

    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// The argument's value expression whatever its kind.
    public var value: Expr {
        switch kind {
        case .positional(let e), .keyword(_, let e), .unpacked(let e), .unpackedMapping(let e): e
        }
    }
}
