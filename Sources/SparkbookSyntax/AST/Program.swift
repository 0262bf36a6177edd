/// A parsed cell or script: its top-level statements.
public struct Program: Sendable, Hashable {
    public var statements: [Statement]
    /// True when the input's last line was inside an indented block, so a REPL should
    /// keep reading until the user enters a blank line (as Python's prompt does).
    public var endsInsideBlock: Bool

    public init(statements: [Statement], endsInsideBlock: Bool = false) {
        self.statements = statements
        self.endsInsideBlock = endsInsideBlock
    }

    /// The last statement's expression when the program ends in an expression
    /// statement: Jupyter shows that value as the cell's result.
    public var trailingExpression: Expr? {
        guard let last = statements.last, case .expression(let expr) = last.kind else { return nil }
        return expr
    }

    /// Whether the last statement is an expression statement.
    public var endsWithExpression: Bool { trailingExpression != nil }
}
