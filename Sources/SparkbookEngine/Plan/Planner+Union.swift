extension StageBuilder {
    /// `union`: columns matched by position and widened to common types; the result keeps the left names and
    /// all left rows before the right ones.
    mutating func buildUnion(_ l: LogicalPlan, _ r: LogicalPlan) throws -> PhysicalOperator {
        var leftSchema = StructType([]), rightSchema = StructType([])
        var probe = self
        leftSchema = try probe.build(l).schema
        rightSchema = try probe.build(r).schema
        guard leftSchema.count == rightSchema.count else {
            throw SparkError(.analysis, errorClass: "NUM_COLUMNS_MISMATCH",
                             message: "UNION can only be performed on inputs with the same number of columns, but the first input has \(leftSchema.count) columns and the second input has \(rightSchema.count) columns.",
                             sqlState: "42826")
        }
        var types: [DataType] = []
        for (a, b) in zip(leftSchema.fields, rightSchema.fields) {
            guard let t = TypeCoercion.commonType(a.dataType, b.dataType) else {
                throw SparkError(.analysis, errorClass: "INCOMPATIBLE_COLUMN_TYPE",
                                 message: "UNION can only be performed on inputs with compatible column types. The column `\(b.name)` of the second input has type \"\(b.dataType.simpleString.uppercased())\" which is not compatible with \"\(a.dataType.simpleString.uppercased())\".",
                                 sqlState: "42825")
            }
            types.append(t)
        }
        let fields = zip(leftSchema.fields, zip(rightSchema.fields, types)).map { a, bt in
            StructField(a.name, bt.1, nullable: a.nullable || bt.0.nullable)
        }
        let schema = StructType(fields)
        func widen(_ op: PhysicalOperator) -> PhysicalOperator {
            let exprs = op.schema.fields.enumerated().map { i, f in
                TypeCoercion.cast(.column(index: i, type: f.dataType), to: types[i])
            }
            return .project(exprs, schema: schema, op)
        }
        let (left, right) = try buildSides(l, r) { builder, input, _ in
            builder.exchange(widen(input), .single, partitions: 1)
        }
        return .concat([left, right], schema: schema)
    }
}
