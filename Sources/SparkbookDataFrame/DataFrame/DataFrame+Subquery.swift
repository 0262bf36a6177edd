import SparkbookEngine

/// A DataFrame used as a subquery inside another's expressions: `df.scalar()`, `df.exists()` and
/// `col.isin(df)`. As with `spark.sql`'s subqueries (`SQLSubqueryRunner`), an uncorrelated one runs first and
/// its result stands where it was written, under Spark's names (`scalarsubquery()`, `exists()`).
extension DataFrame {
    /// `df.scalar()`: the single column of at most one row as a Column (null for no row).
    public func scalarSubquery() async throws -> Column {
        let fields = try schema().fields
        guard fields.count == 1 else { throw SQLSubqueryErrors.scalarColumns(fields.count) }
        let values = try await SQLSubqueryRunner.values(of: limit(2))
        guard values.count <= 1 else { throw SQLSubqueryErrors.tooManyRows }
        return Column(.function(SubqueryFunctions.scalarName, [SQLSubqueryRunner.literal(values.first ?? .null, fields[0].dataType)]))
    }

    /// `df.exists()`: whether the DataFrame has a row, as a boolean Column.
    public func existsSubquery() async throws -> Column {
        let rows = try await limit(1).collectBatches(description: "subquery").reduce(0) { $0 + $1.rowCount }
        return Column(.function(SubqueryFunctions.existsName, [.literal(.boolean(rows > 0))]))
    }

    /// `value.isin(df)`: whether the value is among the DataFrame's single column's values, with SQL's null
    /// rules (as an `IN` subquery in a filter).
    public func membershipSubquery(testing value: Column) async throws -> Column {
        let fields = try schema().fields
        guard fields.count == 1 else { throw SQLSubqueryErrors.membershipColumns(fields.count) }
        var seen = Set<Value>()
        let values = try await SQLSubqueryRunner.values(of: self).filter { seen.insert($0).inserted }
        return Column(.function(SubqueryFunctions.membershipName,
                                [.literal(.boolean(true)), value.expression] + values.map { SQLSubqueryRunner.literal($0, fields[0].dataType) }))
    }
}
