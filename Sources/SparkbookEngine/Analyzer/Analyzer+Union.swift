/// Resolving `union`: columns matched by position and widened to common types (a projection over a child whose
/// types differ, as Spark's WidenSetOperationTypes); the result keeps the left names.
extension Analyzer {
    func resolveUnion(_ left: ResolvedPlan, _ right: ResolvedPlan) throws -> ResolvedPlan {
        let leftSchema = left.schema, rightSchema = right.schema
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
        // A child whose types are already the union's is read as it is (the union's schema names its columns).
        func widen(_ child: ResolvedPlan) -> ResolvedPlan {
            guard child.schema.fields.map(\.dataType) != types else { return child }
            let exprs = child.schema.fields.enumerated().map { i, f in
                TypeCoercion.cast(.column(index: i, type: f.dataType), to: types[i])
            }
            return ResolvedPlan(.project(exprs, child), schema: schema,
                                lineage: Self.newColumns(child, count: schema.count))
        }
        var lineage = ColumnLineage.unknown(schema.count)
        lineage.aliases = left.lineage.aliases.merging(right.lineage.aliases) { $0.union($1) }
        return ResolvedPlan(.union([widen(left), widen(right)]), schema: schema, lineage: lineage)
    }
}
