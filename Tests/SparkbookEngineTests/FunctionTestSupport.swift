@testable import SparkbookEngine

/// Evaluates one expression over a one-row batch, for the function families' tests.
enum FunctionTestSupport {
    static func evaluate(_ e: Expression, _ schema: StructType, _ row: [Value]) throws -> Value {
        let bound = try ExpressionBinder(schema: schema).bind(e)
        var builders = schema.fields.map { ColumnBuilder(type: $0.dataType) }
        for (i, v) in row.enumerated() { builders[i].append(v) }
        let batch = RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: 1)
        return try bound.evaluate(batch).value(at: 0)
    }

    /// `name(x, literals...)` over one double column `x`.
    static func call(_ name: String, _ x: Value, _ literals: [Value] = [], type: DataType = .double) throws -> Value {
        try evaluate(.function(name, [.column("x")] + literals.map(Expression.literal)),
                     StructType([StructField("x", type)]), [x])
    }
}
