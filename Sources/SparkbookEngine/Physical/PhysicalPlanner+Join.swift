extension PhysicalPlanner {
    /// A shuffle hash join: both sides exchanged by their join keys into the same number of partitions (a
    /// single partition when there are no equi-keys), joined partition by partition; or a broadcast join
    /// (`JoinStrategy`): the build side broadcast, the streamed side in its own partitions. The sides arrive
    /// pruned (Optimizer/ColumnPruning), so their estimated sizes are those of the columns the query reads, as
    /// Spark's are when it chooses.
    mutating func buildJoin(_ join: ResolvedJoin, _ l: ResolvedPlan, _ r: ResolvedPlan) -> PhysicalOperator {
        let leftKeys = join.leftKeys, rightKeys = join.rightKeys, type = join.type
        let leftSchema = l.schema, rightSchema = r.schema
        // The sides as they would be planned, to estimate their sizes before choosing.
        var probe = self
        let leftSide = probe.build(l)
        let rightSide = probe.build(r)
        let sizes = PlanSizeEstimate(stages: probe.stages)
        let strategy = JoinStrategy.choose(type, hasKeys: !leftKeys.isEmpty, leftSize: sizes.size(leftSide),
                                           rightSize: sizes.size(rightSide),
                                           hinted: (BroadcastHint.isHinted(l), BroadcastHint.isHinted(r)))
        var spec = JoinSpec(type: type, leftKeys: leftKeys.indices.map { .column(index: leftSchema.count + $0, type: leftKeys[$0].dataType) },
                            rightKeys: rightKeys.indices.map { .column(index: rightSchema.count + $0, type: rightKeys[$0].dataType) },
                            residual: join.residual, leftSchema: leftSchema, rightSchema: rightSchema,
                            output: join.output, outputSchema: join.outputSchema)
        spec.strategy = strategy
        // Each side carries its key values as extra trailing columns, hashed on them when exchanged.
        let (left, right): (PhysicalOperator, PhysicalOperator)
        if case .broadcastHash(let buildLeft) = strategy {
            (left, right) = buildBroadcastSides(l, r, leftKeys, rightKeys, buildLeft: buildLeft)
        } else {
            let partitions = leftKeys.isEmpty ? 1 : shufflePartitions
            func exchangeSide(_ input: PhysicalOperator, _ keys: [BoundExpression]) -> PhysicalOperator {
                let withKeys = Self.appendKeys(input, keys)
                let keyRefs = keys.indices.map { BoundExpression.column(index: input.schema.count + $0, type: keys[$0].dataType) }
                return exchange(withKeys, keys.isEmpty ? .single : .hash(keyRefs), partitions: partitions)
            }
            let outer = pendingParents
            pendingParents = []
            let exchangedLeft = exchangeSide(build(l), leftKeys)
            let leftParents = pendingParents
            pendingParents = []
            let exchangedRight = exchangeSide(build(r), rightKeys)
            pendingParents = outer + leftParents + pendingParents
            (left, right) = (exchangedLeft, exchangedRight)
        }
        return .hashJoin(spec.withKeyColumns(), left, right)
    }

    /// A broadcast join's sides, as Spark's `BroadcastHashJoin` runs: the build side collected whole into one
    /// partition every task reads (`BroadcastExchange`), the streamed side in its own partitions with no
    /// exchange, so the join runs in the streamed side's stage, on every core, in its scan order.
    mutating func buildBroadcastSides(_ l: ResolvedPlan, _ r: ResolvedPlan, _ leftKeys: [BoundExpression],
                                      _ rightKeys: [BoundExpression], buildLeft: Bool) -> (PhysicalOperator, PhysicalOperator) {
        let outer = pendingParents
        pendingParents = []
        var streamedName = nameOfCurrentStage
        func side(_ plan: ResolvedPlan, _ keys: [BoundExpression], build: Bool) -> PhysicalOperator {
            let input = Self.appendKeys(self.build(plan), keys)
            guard build else { streamedName = nameOfCurrentStage; return input }
            return exchange(input, .single, partitions: 1, coalescible: false, broadcast: true)
        }
        let left = side(l, leftKeys, build: buildLeft)
        let leftParents = pendingParents
        pendingParents = []
        let right = side(r, rightKeys, build: !buildLeft)
        pendingParents = outer + leftParents + pendingParents
        nameOfCurrentStage = streamedName
        return (left, right)
    }

    static func appendKeys(_ input: PhysicalOperator, _ keys: [BoundExpression]) -> PhysicalOperator {
        guard !keys.isEmpty else { return input }
        let columns = input.schema.fields.enumerated().map { BoundExpression.column(index: $0.offset, type: $0.element.dataType) }
        let fields = input.schema.fields + keys.enumerated().map { StructField("__key\($0.offset)", $0.element.dataType) }
        return .project(columns + keys, schema: StructType(fields), input)
    }
}
