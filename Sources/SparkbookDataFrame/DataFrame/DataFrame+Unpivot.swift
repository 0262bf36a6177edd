import SparkbookEngine

/// `unpivot`/`melt`: each row becomes one row per value column (the ids, the column's name, its value), in
/// Spark's order (row by row, the values in the order given). Planned as a generator: each row exploded over
/// the value columns' positions, then a projection picks the name and value of that position.
extension DataFrame {
    /// `values` nil: every column that is not an id.
    public func unpivot(ids: [Column], values: [Column]?, variableColumnName: String, valueColumnName: String) throws -> DataFrame {
        let idNames = try select(ids).columns()
        let values = try values ?? columns().filter { !idNames.contains($0) }.map { Column($0) }
        guard !values.isEmpty else {
            throw SparkError(.analysis, errorClass: "UNPIVOT_REQUIRES_VALUE_COLUMNS",
                             message: "At least one value column needs to be specified for UNPIVOT, all columns specified as ids.",
                             sqlState: "42K0A")
        }
        let valueSchema = try select(values).schema()
        let types = valueSchema.fields.map(\.dataType)
        let common = types.dropFirst().reduce(Optional(types[0])) { common, type in
            guard let common, (common == .string) == (type == .string) || common == type else { return nil }
            return TypeCoercion.commonType(common, type)
        }
        guard let common else {
            let listed = valueSchema.fields.map { "\"\($0.dataType.simpleString.uppercased())\" (`\($0.name)`)" }
            throw SparkError(.analysis, errorClass: "UNPIVOT_VALUE_DATA_TYPE_MISMATCH",
                             message: "Unpivot value columns must share a least common type, some types do not: [\(listed.joined(separator: ", "))].",
                             sqlState: "42K09")
        }
        let position = "__unpivot_position"
        let positions = Expression.function("array", values.indices.map { .literal(.integer(Int32($0))) })
        let exploded = try derive { .project([.star, .alias(.function("explode", [positions]), name: position)], $0) }
        /// The expression of the row's position: `CASE` over all but the last, which is the `ELSE` (so a
        /// name, never null, makes a column that is not nullable, as Spark's).
        func pick(_ make: (Int) -> Expression) throws -> Expression {
            guard values.count > 1 else { return make(0) }
            var cases = Functions.when(Column(.binary(.equal, .column(position), .literal(.integer(0)))), Column(make(0)))
            for i in values.indices.dropFirst().dropLast() {
                cases = try cases.when(Column(.binary(.equal, .column(position), .literal(.integer(Int32(i))))), Column(make(i)))
            }
            return try cases.otherwise(Column(make(values.count - 1))).expression
        }
        let variable = try pick { .literal(.string(valueSchema[$0].name)) }
        let value = try pick { .cast(values[$0].expression, common) }
        return try exploded.select(ids + [Column(variable).alias(variableColumnName), Column(value).alias(valueColumnName)])
    }
}
