/// The `if` or one `elif` arm of an if statement.
public struct ConditionalBranch: Sendable, Hashable {
    public var condition: Expr
    public var body: [Statement]
    public var span: SourceSpan

    public init(condition: Expr, body: [Statement], span: SourceSpan) {
        self.condition = condition
        self.body = body
        self.span = span
    }
}
