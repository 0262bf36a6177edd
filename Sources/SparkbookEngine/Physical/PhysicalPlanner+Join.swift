extension PhysicalPlanner {
    /// A shuffle hash join: both sides exchanged by their join keys into the same number of partitions (a
    /// single partition when there are no equi-keys), joined partition by partition; or a broadcast join
    /// (`JoinStrategy`), whose sides are read whole. `reads`: the names a projection right above reads.
    mutating func buildJoin(_ join: ResolvedJoin, _ l: ResolvedPlan, _ r: ResolvedPlan,
                            reads namesNeeded: Set<String>?) -> PhysicalOperator {
        let leftKeys = join.leftKeys, rightKeys = join.rightKeys, type = join.type
        let leftSchema = l.schema, rightSchema = r.schema
        // The sides as they would be planned, to estimate their sizes before choosing.
        var probe = self
        let leftSide = probe.build(l)
        let rightSide = probe.build(r)
        let strategy = JoinStrategy.choose(
            type, hasKeys: !leftKeys.isEmpty,
            leftSize: Self.prunedSize(leftSide, stages: probe.stages, keeping: namesNeeded, keys: leftKeys,
                                      residual: join.residual, offset: 0, allNeeded: true),
            rightSize: Self.prunedSize(rightSide, stages: probe.stages, keeping: namesNeeded, keys: rightKeys,
                                       residual: join.residual, offset: leftSchema.count,
                                       allNeeded: type.keepsRightColumns))
        var spec = JoinSpec(type: type, leftKeys: leftKeys.indices.map { .column(index: leftSchema.count + $0, type: leftKeys[$0].dataType) },
                            rightKeys: rightKeys.indices.map { .column(index: rightSchema.count + $0, type: rightKeys[$0].dataType) },
                            residual: join.residual, leftSchema: leftSchema, rightSchema: rightSchema,
                            output: join.output, outputSchema: join.outputSchema)
        spec.strategy = strategy
        // A broadcast join keeps the streamed side's scan order: both sides are read whole, map by map.
        let broadcast = if case .broadcastHash = strategy { true } else { false }
        // Each side carries its key values as extra trailing columns into the exchange, hashed on them.
        let partitions = leftKeys.isEmpty || broadcast ? 1 : shufflePartitions
        func exchangeSide(_ input: PhysicalOperator, _ keys: [BoundExpression]) -> PhysicalOperator {
            let withKeys = Self.appendKeys(input, keys)
            let keyRefs = keys.indices.map { BoundExpression.column(index: input.schema.count + $0, type: keys[$0].dataType) }
            return exchange(withKeys, keys.isEmpty || broadcast ? .single : .hash(keyRefs), partitions: partitions)
        }
        let outer = pendingParents
        pendingParents = []
        let left = exchangeSide(build(l), leftKeys)
        let leftParents = pendingParents
        pendingParents = []
        let right = exchangeSide(build(r), rightKeys)
        pendingParents = outer + leftParents + pendingParents
        return .hashJoin(spec.withKeyColumns(), left, right)
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
}
