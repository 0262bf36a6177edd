/// `context [as target]` in a `with` statement.
public struct WithItem: Sendable, Hashable {
    public var context: Expr
    public var target: Expr?

    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}
