/// One `for target in iterable [if condition]...` clause of a comprehension.
public struct ComprehensionClause: Sendable, Hashable {
    public var target: Expr
    public var iterable: Expr
    /// Filters written after this clause, all of which must hold.
    public var conditions: [Expr]
    public var span: SourceSpan

    public init(target: Expr, iterable: Expr, conditions: [Expr], span: SourceSpan) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
        self.span = span
    }
}
