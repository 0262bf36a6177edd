/// Spark's EliminateOuterJoin: a filter that rejects the null-padded rows of an outer join's side makes that
/// padding pointless, so the join is planned as the narrower type (`left` becomes `inner` under `where
/// right.name != 'z'`), and the filter may then move into that side as well.
enum OuterJoinElimination {
    /// The join type with the padding the conjuncts (over `left fields + right fields`) reject removed.
    static func narrowedType(_ type: JoinType, leftSchema: StructType, rightSchema: StructType,
                             by conjuncts: [BoundExpression]) -> JoinType {
        guard [.left, .right, .full].contains(type) else { return type }
        let leftCount = leftSchema.count
        let pairSchema = StructType((leftSchema.fields + rightSchema.fields).map { StructField($0.name, $0.dataType, nullable: true) })
        func rejectsNulls(onLeft: Bool) -> Bool {
            conjuncts.contains { part in
                let reads = part.columnIndices
                guard !reads.isEmpty, reads.allSatisfy({ ($0 < leftCount) == onLeft }) else { return false }
                return filtersOutNull(part, over: pairSchema)
            }
        }
        switch type {
        case .left: return rejectsNulls(onLeft: false) ? .inner : .left
        case .right: return rejectsNulls(onLeft: true) ? .inner : .right
        default:
            switch (rejectsNulls(onLeft: true), rejectsNulls(onLeft: false)) {
            case (true, true): return .inner
            case (true, false): return .left
            case (false, true): return .right
            case (false, false): return .full
            }
        }
    }

    /// Whether the condition is null or false when every column it reads is null (Spark's canFilterOutNull);
    /// a condition that fails on nulls proves nothing.
    static func filtersOutNull(_ condition: BoundExpression, over schema: StructType) -> Bool {
        guard condition.isDeterministic else { return false }
        let nulls = schema.fields.map { ColumnVector.constant(.null, type: $0.dataType, count: 1) }
        guard let result = try? condition.evaluate(row: 0, of: RecordBatch(schema: schema, columns: nulls, rowCount: 1))
        else { return false }
        if case .boolean(true) = result { return false }
        return true
    }
}

extension OuterJoinElimination {
    /// The narrowed type of a physical join (its schemas as the joiner sees them).
    static func narrowedType(_ spec: JoinSpec, by conjuncts: [BoundExpression]) -> JoinType {
        narrowedType(spec.type, leftSchema: spec.leftSchema, rightSchema: spec.rightSchema, by: conjuncts)
    }
}

extension JoinSpec {
    /// The same join as another type (the output keeps its expressions and schema).
    func with(type: JoinType) -> JoinSpec {
        JoinSpec(type: type, leftKeys: leftKeys, rightKeys: rightKeys, residual: residual, leftSchema: leftSchema,
                 rightSchema: rightSchema, output: output, outputSchema: outputSchema, strategy: strategy)
    }
}
