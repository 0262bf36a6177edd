/// A subquery inside an expression: `x > (SELECT avg(x) FROM t)`, `x IN (SELECT ...)`, `EXISTS (SELECT ...)`.
/// The parser leaves a numbered placeholder call where it stood (an `Expression` holds no query) and keeps the
/// query in `SQLSelect.subqueries`; `spark.sql` runs it before the query that uses it, as Spark evaluates an
/// uncorrelated subquery first, and puts its value in the placeholder's place (`SubqueryFunctions`).
public struct SQLSubquery: Sendable {
    public enum Kind: Sendable {
        /// One value: the single column of at most one row, null for none.
        case scalar
        /// Whether the query returns any row.
        case exists
        /// Whether a value is among the query's single column's values.
        case membership
    }

    public let kind: Kind
    public let query: SQLSelect

    /// No function can be named this from SQL text: the lexer never produces the leading control character.
    static let placeholderName = "\u{1F}subquery"

    /// The placeholder for subquery `index`; for `IN`, the tested value rides along as its second argument.
    static func placeholder(_ index: Int, testing value: Expression? = nil) -> Expression {
        .function(placeholderName, [.literal(.integer(Int32(index)))] + (value.map { [$0] } ?? []))
    }

    /// The subquery number and tested value of a placeholder, nil for any other expression.
    public static func placeholder(_ e: Expression) -> (index: Int, value: Expression?)? {
        guard case .function(placeholderName, let args) = e, case .literal(.integer(let index)) = args.first
        else { return nil }
        return (Int(index), args.count > 1 ? args[1] : nil)
    }
}
