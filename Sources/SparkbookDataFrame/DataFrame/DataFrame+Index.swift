import SparkbookEngine

/// Positions of rows in the DataFrame's order: `zipWithIndex` numbers them, `offset` skips the first ones. Both
/// number rows with `row_number()` over `monotonically_increasing_id()`, which grows with the partition and the
/// row's place in it, so the numbering follows the order `collect()` returns, as Spark's consecutive ids do.
extension DataFrame {
    /// `df.zipWithIndex(indexColumnName)`: every column, then a `long` column numbering the rows from 0.
    public func zipWithIndex(_ indexColumnName: String = "index") throws -> DataFrame {
        let names = try columns()
        let id = "__sparkbook_row_id"
        let identified = try derive { .project([.star, .alias(.function("monotonically_increasing_id", []), name: id)], $0) }
        let order = WindowSpecification(orderBy: [.columnAt(names.count, name: id)])
        let position = try Functions.rowNumber().over(order).expression
        let numbered = try identified.derive { .window([.star, .alias(position, name: "__sparkbook_row_number")], $0) }
        let index = Expression.binary(.subtract, .cast(.columnAt(names.count + 1, name: "__sparkbook_row_number"), .long),
                                      .literal(.long(1)))
        return try numbered.derive {
            .project(names.indices.map { .columnAt($0, name: names[$0]) } + [.alias(index, name: indexColumnName)], $0)
        }
    }

    /// `df.offset(n)`: every row but the first `n`.
    public func offset(_ n: Int) throws -> DataFrame {
        guard n >= 0 else {
            throw SparkError(.analysis, errorClass: "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE",
                             message: "The limit like expression \"\(n)\" is invalid. The offset expression must be equal to or greater than 0, but got \(n).",
                             sqlState: "42K0E")
        }
        let names = try columns()
        let marker = "__sparkbook_offset_index"
        let numbered = try zipWithIndex(marker)
        let kept = try numbered.filter(Column(.binary(.greaterOrEqual, .column(marker), .literal(.long(Int64(n))))))
        return try kept.derive { .project(names.indices.map { .columnAt($0, name: names[$0]) }, $0) }
    }
}
