extension StageBuilder {
    /// A shuffle hash join: both sides exchanged by their join keys into the same number of partitions (a
    /// single partition when there are no equi-keys), joined partition by partition.
    mutating func buildJoin(_ l: LogicalPlan, _ r: LogicalPlan, _ type: JoinType,
                            _ criteria: JoinCriteria) throws -> PhysicalOperator {
        let namesNeeded = joinColumnsNeeded
        joinColumnsNeeded = nil
        var probe = self
        let leftSide = try probe.build(l)
        let leftSchema = leftSide.schema
        let leftLineage = probe.lineage
        let rightSide = try probe.build(r)
        let rightSchema = rightSide.schema
        let rightLineage = probe.lineage
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
            for conjunct in conjuncts(bound) {
                if case .binary(.equal, let a, let b, _) = conjunct,
                   let (lk, rk) = sides(a, b, leftCount: leftSchema.count) {
                    leftKeys.append(lk); rightKeys.append(rk.shifted(by: -leftSchema.count))
                } else {
                    rest.append(conjunct)
                }
            }
            residual = rest.dropFirst().reduce(rest.first) { acc, e in .binary(.and, acc!, e, type: .boolean) }
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
        let strategy = JoinStrategy.choose(
            type, hasKeys: !leftKeys.isEmpty,
            leftSize: Self.prunedSize(leftSide, stages: probe.stages, keeping: namesNeeded, keys: leftKeys,
                                      residual: residual, offset: 0, allNeeded: true),
            rightSize: Self.prunedSize(rightSide, stages: probe.stages, keeping: namesNeeded, keys: rightKeys,
                                       residual: residual, offset: leftSchema.count,
                                       allNeeded: type.keepsRightColumns))
        var spec = JoinSpec(type: type, leftKeys: leftKeys.indices.map { .column(index: leftSchema.count + $0, type: leftKeys[$0].dataType) },
                            rightKeys: rightKeys.indices.map { .column(index: rightSchema.count + $0, type: rightKeys[$0].dataType) },
                            residual: residual, leftSchema: leftSchema, rightSchema: rightSchema,
                            output: output, outputSchema: StructType(fields))
        spec.strategy = strategy
        // Each side carries its key values as extra trailing columns, hashed on them when exchanged.
        let (left, right): (PhysicalOperator, PhysicalOperator)
        if case .broadcastHash(let buildLeft) = strategy {
            (left, right) = try buildBroadcastSides(l, r, leftKeys, rightKeys, buildLeft: buildLeft)
        } else {
            let partitions = leftKeys.isEmpty ? 1 : shufflePartitions
            (left, right) = try buildSides(l, r) { builder, input, isLeft in
                let keys = isLeft ? leftKeys : rightKeys
                let withKeys = Self.appendKeys(input, keys)
                let keyRefs = keys.indices.map { BoundExpression.column(index: input.schema.count + $0, type: keys[$0].dataType) }
                return builder.exchange(withKeys, keys.isEmpty ? .single : .hash(keyRefs), partitions: partitions)
            }
        }
        lineage = ColumnLineage(planIds: origins)
        return .hashJoin(spec.withKeyColumns(), left, right)
    }

    /// A broadcast join's sides, as Spark's `BroadcastHashJoin` runs: the build side collected whole into one
    /// partition every task reads (`BroadcastExchange`), the streamed side in its own partitions with no
    /// exchange, so the join runs in the streamed side's stage, on every core, in its scan order.
    mutating func buildBroadcastSides(_ l: LogicalPlan, _ r: LogicalPlan, _ leftKeys: [BoundExpression],
                                      _ rightKeys: [BoundExpression], buildLeft: Bool) throws -> (PhysicalOperator, PhysicalOperator) {
        let outer = pendingParents
        pendingParents = []
        var streamedName = nameOfCurrentStage
        func side(_ plan: LogicalPlan, _ keys: [BoundExpression], build: Bool) throws -> PhysicalOperator {
            let input = Self.appendKeys(try self.build(plan), keys)
            guard build else { streamedName = nameOfCurrentStage; return input }
            return exchange(input, .single, partitions: 1, coalescible: false, broadcast: true)
        }
        let left = try side(l, leftKeys, build: buildLeft)
        let leftParents = pendingParents
        pendingParents = []
        let right = try side(r, rightKeys, build: !buildLeft)
        pendingParents = outer + leftParents + pendingParents
        nameOfCurrentStage = streamedName
        return (left, right)
    }

    /// A side's estimated size once pruned, as Spark prunes before choosing: the columns a projection over the
    /// join names (every column without one, or for the left side of semi and anti joins when `allNeeded`),
    /// plus those the keys and the residual (bound over `left + right`, this side at `offset`) read.
    static func prunedSize(_ side: PhysicalOperator, stages: [StagePlan], keeping names: Set<String>?,
                           keys: [BoundExpression], residual: BoundExpression?, offset: Int, allNeeded: Bool) -> Int? {
        let schema = side.schema
        var used = Set(keys.flatMap(\.columnIndices))
        for i in residual?.columnIndices ?? [] where i >= offset && i < offset + schema.count { used.insert(i - offset) }
        for (i, field) in schema.fields.enumerated() where allNeeded {
            if names.map({ $0.contains(field.name.lowercased()) }) ?? true { used.insert(i) }
        }
        let pruned = StructType(used.sorted().map { schema[$0] })
        return PlanSizeEstimate.scaled(PlanSizeEstimate(stages: stages).size(side), to: pruned, from: schema)
    }

    static func appendKeys(_ input: PhysicalOperator, _ keys: [BoundExpression]) -> PhysicalOperator {
        guard !keys.isEmpty else { return input }
        let columns = input.schema.fields.enumerated().map { BoundExpression.column(index: $0.offset, type: $0.element.dataType) }
        let fields = input.schema.fields + keys.enumerated().map { StructField("__key\($0.offset)", $0.element.dataType) }
        return .project(columns + keys, schema: StructType(fields), input)
    }

    private func conjuncts(_ e: BoundExpression) -> [BoundExpression] {
        if case .binary(.and, let l, let r, _) = e { return conjuncts(l) + conjuncts(r) }
        return [e]
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

extension JoinSpec {
    /// The spec as the joiner sees it: both inputs carry their key columns at the end, so the schemas grow
    /// and the right side's ordinals in the residual and output shift past the left's extra key columns.
    func withKeyColumns() -> JoinSpec {
        let extra = leftKeys.count
        guard extra > 0 else { return self }
        let leftWith = StructType(leftSchema.fields + leftKeys.enumerated().map { StructField("__key\($0.offset)", $0.element.dataType) })
        let rightWith = StructType(rightSchema.fields + rightKeys.enumerated().map { StructField("__key\($0.offset)", $0.element.dataType) })
        func shiftRight(_ e: BoundExpression) -> BoundExpression {
            switch e {
            case .column(let i, let t): .column(index: i >= leftSchema.count ? i + extra : i, type: t)
            case .literal: e
            case .unary(let op, let x, let t): .unary(op, shiftRight(x), type: t)
            case .binary(let op, let l, let r, let t): .binary(op, shiftRight(l), shiftRight(r), type: t)
            case .cast(let x, let t): .cast(shiftRight(x), t)
            case .function(let f, let args): .function(f, args.map(shiftRight))
            }
        }
        return JoinSpec(type: type, leftKeys: leftKeys, rightKeys: rightKeys, residual: residual.map(shiftRight),
                        leftSchema: leftWith, rightSchema: rightWith, output: output.map(shiftRight),
                        outputSchema: outputSchema, strategy: strategy)
    }
}
