/// One `op operand` step of a comparison chain (`< b` in `a < b < c`).
public struct ComparisonLink: Sendable, Hashable {
    public var op: ComparisonOperator
    public var operand: Expr

    public init(_ op: ComparisonOperator, _ operand: Expr) {
        self.op = op
        self.operand = operand
    }
}
