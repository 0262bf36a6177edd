/// Resolving a join: `using` columns (coalesced for a full outer join) or an `on` condition split into equi-keys
/// (one side's columns against the other's) and a residual, and the output columns in Spark's order.
extension Analyzer {
    func resolveJoin(_ left: ResolvedPlan, _ right: ResolvedPlan, _ type: JoinType,
                     _ criteria: JoinCriteria) throws -> ResolvedPlan {
        let leftSchema = left.schema, rightSchema = right.schema
        let leftLineage = left.lineage, rightLineage = right.lineage
        let pair = StructType(leftSchema.fields + rightSchema.fields)
        // `df1["id"] == df2["id"]` finds each side by its DataFrame; a bare `col("id")` there is ambiguous.
        let pairBinder = ExpressionBinder(schema: pair, functions: functions, context: context,
                                          lineage: leftLineage + rightLineage)
        var origins: [Set<Int>] = []
        var leftKeys: [BoundExpression] = [], rightKeys: [BoundExpression] = []
        var residual: BoundExpression?
        var output: [BoundExpression] = [], fields: [StructField] = []
        let leftNullable = type == .right || type == .full, rightNullable = type == .left || type == .full

        switch criteria {
        case .using(let names):
            var usedLeft = Set<Int>(), usedRight = Set<Int>()
            for name in names {
                guard let li = leftSchema.index(of: name) else { throw usingColumn(name, "left", leftSchema) }
                guard let ri = rightSchema.index(of: name) else { throw usingColumn(name, "right", rightSchema) }
                let lt = leftSchema[li].dataType, rt = rightSchema[ri].dataType
                let common = TypeCoercion.commonType(lt, rt) ?? .string
                leftKeys.append(TypeCoercion.cast(.column(index: li, type: lt), to: common))
                rightKeys.append(TypeCoercion.cast(.column(index: ri, type: rt), to: common))
                usedLeft.insert(li); usedRight.insert(ri)
                let lref = TypeCoercion.cast(.column(index: li, type: lt), to: common)
                let rref = TypeCoercion.cast(.column(index: leftSchema.count + ri, type: rt), to: common)
                switch type {
                case .right: output.append(rref)
                case .full:
                    output.append(try pairBinder.bindFunction("coalesce", [lref, rref], .column(name)))
                default: output.append(lref)
                }
                fields.append(StructField(leftSchema[li].name, common,
                                          nullable: type == .full || (type == .right ? rightSchema[ri].nullable : leftSchema[li].nullable)))
                origins.append(leftLineage.planIds[li].union(rightLineage.planIds[ri]))
            }
            for (i, f) in leftSchema.fields.enumerated() where !usedLeft.contains(i) {
                output.append(.column(index: i, type: f.dataType))
                fields.append(StructField(f.name, f.dataType, nullable: f.nullable || leftNullable))
                origins.append(leftLineage.planIds[i])
            }
            if type.keepsRightColumns {
                for (i, f) in rightSchema.fields.enumerated() where !usedRight.contains(i) {
                    output.append(.column(index: leftSchema.count + i, type: f.dataType))
                    fields.append(StructField(f.name, f.dataType, nullable: f.nullable || rightNullable))
                    origins.append(rightLineage.planIds[i])
                }
            }
        case .on(let condition):
            let bound = TypeCoercion.cast(try pairBinder.bind(condition), to: .boolean)
            var rest: [BoundExpression] = []
            for conjunct in bound.conjuncts {
                if case .binary(.equal, let a, let b, _) = conjunct,
                   let (lk, rk) = sides(a, b, leftCount: leftSchema.count) {
                    leftKeys.append(lk); rightKeys.append(rk.shifted(by: -leftSchema.count))
                } else {
                    rest.append(conjunct)
                }
            }
            residual = BoundExpression.conjunction(rest)
            fallthrough
        case .none:
            for (i, f) in leftSchema.fields.enumerated() {
                output.append(.column(index: i, type: f.dataType))
                fields.append(StructField(f.name, f.dataType, nullable: f.nullable || leftNullable))
            }
            origins += leftLineage.planIds
            if type.keepsRightColumns {
                for (i, f) in rightSchema.fields.enumerated() {
                    output.append(.column(index: leftSchema.count + i, type: f.dataType))
                    fields.append(StructField(f.name, f.dataType, nullable: f.nullable || rightNullable))
                }
                origins += rightLineage.planIds
            }
        }
        let join = ResolvedJoin(type: type, leftKeys: leftKeys, rightKeys: rightKeys, residual: residual,
                                output: output, outputSchema: StructType(fields))
        let lineage = ColumnLineage(planIds: origins,
                                    aliases: leftLineage.aliases.merging(rightLineage.aliases) { $0.union($1) })
        return ResolvedPlan(.join(join, left, right), schema: join.outputSchema, lineage: lineage)
    }

    /// `a = b` with one side reading only left columns and the other only right ones.
    private func sides(_ a: BoundExpression, _ b: BoundExpression, leftCount: Int) -> (BoundExpression, BoundExpression)? {
        let ca = a.columnIndices, cb = b.columnIndices
        guard !ca.isEmpty, !cb.isEmpty else { return nil }
        if ca.allSatisfy({ $0 < leftCount }) && cb.allSatisfy({ $0 >= leftCount }) { return (a, b) }
        if cb.allSatisfy({ $0 < leftCount }) && ca.allSatisfy({ $0 >= leftCount }) { return (b, a) }
        return nil
    }

    private func usingColumn(_ name: String, _ side: String, _ schema: StructType) -> SparkError {
        SparkError(.analysis, errorClass: "UNRESOLVED_USING_COLUMN_FOR_JOIN",
                   message: "USING column `\(name)` cannot be resolved on the \(side) side of the join. The \(side)-side columns: [\(schema.names.map { "`\($0)`" }.joined(separator: ", "))].",
                   sqlState: "42703")
    }
}
