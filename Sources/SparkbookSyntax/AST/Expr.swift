/// An expression node: what it is (`kind`) and where it is (`span`).
///
/// A struct wrapping an `indirect enum` gives every node a span without repeating it in
/// each case, and lets the interpreter switch over `kind` directly.
public struct Expr: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case name(String)
        case integer(Int64)
        case float(Double)
        case string(String)
        case bytes([UInt8])
        case formattedString([FormattedStringPart])
        case boolean(Bool)
        case none
        case ellipsis
        /// `value.name`
        case attribute(Expr, name: String)
        /// `callee(arguments...)`
        case call(Expr, arguments: [Argument])
        /// `value[index]`; `index` is a `slice`, a tuple (of slices) or any expression.
        case subscripted(Expr, index: Expr)
        /// `lower:upper:step` inside a subscript; each bound is optional.
        case slice(lower: Expr?, upper: Expr?, step: Expr?)
        case list([Expr])
        case tuple([Expr])
        case dict([DictEntry])
        case set([Expr])
        /// `*value` inside a list/tuple display or an assignment target.
        case starred(Expr)
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        case compare(Expr, [ComparisonLink])
        case logical(BooleanOperator, Expr, Expr)
        /// `body if condition else orElse`
        case conditional(condition: Expr, body: Expr, orElse: Expr)
        case listComprehension(Expr, [ComprehensionClause])
        case setComprehension(Expr, [ComprehensionClause])
        case dictComprehension(key: Expr, value: Expr, [ComprehensionClause])
        /// `(x for x in xs)`, also the bare form as a call's only argument.
        case generator(Expr, [ComprehensionClause])
        /// `lambda parameters: body`
        case lambda([Parameter], body: Expr)
        /// `( expression )`: kept so spans and printing match the source.
        case parenthesized(Expr)
    }

    public var kind: Kind
    public var span: SourceSpan

    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// The expression with any enclosing parentheses removed.
    public var unparenthesized: Expr {
        if case .parenthesized(let inner) = kind { return inner.unparenthesized }
        return self
    }
}
