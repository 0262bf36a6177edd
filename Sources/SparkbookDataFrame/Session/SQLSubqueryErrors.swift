import SparkbookEngine

/// The errors of a subquery in a `spark.sql` expression: Spark's for a wrong shape, Sparkbook's own where
/// Spark would run the query and Sparkbook cannot yet.
enum SQLSubqueryErrors {
    /// A scalar subquery that returned two rows or more: found while running, as in Spark.
    static let tooManyRows = SparkError(
        .execution, errorClass: "SCALAR_SUBQUERY_TOO_MANY_ROWS",
        message: "More than one row returned by a subquery used as an expression.", sqlState: "21000")

    static func scalarColumns(_ count: Int) -> SparkError {
        SparkError(.analysis, errorClass: "INVALID_SUBQUERY_EXPRESSION.SCALAR_SUBQUERY_RETURN_MORE_THAN_ONE_OUTPUT_COLUMN",
                   message: "Invalid subquery: Scalar subquery must return only one column, but got \(count).",
                   sqlState: "42823")
    }

    static func membershipColumns(_ count: Int) -> SparkError {
        SparkError(.unsupported, errorClass: "UNSUPPORTED_FEATURE",
                   message: "An IN subquery must return one column, but this one returns \(count).")
    }

    /// A subquery naming a column of the query around it, which Spark would run as a join.
    static func correlated(_ column: String) -> SparkError {
        SparkError(.unsupported, errorClass: "UNSUPPORTED_FEATURE",
                   message: "Correlated subqueries are not supported by Sparkbook yet: the subquery refers to `\(column)` of the outer query. Join the two tables instead (a JOIN, or LEFT SEMI JOIN for IN/EXISTS).")
    }
}
