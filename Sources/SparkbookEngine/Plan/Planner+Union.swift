extension StageBuilder {
    /// `union`: columns matched by position and widened to common types; the result keeps the left names and
    /// all left partitions (and rows) before the right ones.
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
        // A child whose types are already the union's is read as it is (the union's schema names its columns).
        func widen(_ op: PhysicalOperator) -> PhysicalOperator {
            guard op.schema.fields.map(\.dataType) != types else { return op }
            let exprs = op.schema.fields.enumerated().map { i, f in
                TypeCoercion.cast(.column(index: i, type: f.dataType), to: types[i])
            }
            return .project(exprs, schema: schema, op)
        }
        // Narrow, as Spark's UnionExec: both sides stay in the current stage, whose partitions are the left
        // side's then the right side's; only stages below either side end before it.
        let outer = pendingParents
        pendingParents = []
        let left = widen(try build(l))
        let leftParents = pendingParents
        pendingParents = []
        let right = widen(try build(r))
        pendingParents = outer + leftParents + pendingParents
        nameOfCurrentStage = "union"
        // A union of unions is one union over all their children, as Spark's CombineUnions.
        let children = [left, right].flatMap { side -> [PhysicalOperator] in
            if case .concat(let inner, _) = side { inner.map(widen) } else { [side] }
        }
        return .concat(children, schema: schema)
    }
}
