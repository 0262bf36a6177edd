/// Spark's `ColumnPruning` on the resolved logical plan, before any exchange exists: the columns each
/// operator's parent reads flow down, every operator keeps those plus what its own expressions read, and bound
/// expressions are renumbered on the way back up.
///
/// As in Spark, an operator that consumes its input (an aggregate, a join side, a window, `explode`, a union
/// child, a sort, a limit, a repartition) gets a projection of exactly the columns it reads below it when its
/// input has more; a filter and a projection pass what they read down without one. So a relation not read
/// whole ends under a `Project` (or `Project`/`Filter`s), which the PhysicalPlanner turns into a scan of the
/// columns read (the CSV source's `requiredSchema`), exchanges move no other column, and a `repartition(n)`
/// deals its rows in the order of the hash of the narrowed row, as Spark's does.
struct ColumnPruning: OptimizerRule {
    /// A pruned subtree and where each of the old plan's surviving output columns now is.
    typealias Pruned = (plan: ResolvedPlan, columns: [Int: Int])

    func apply(_ plan: ResolvedPlan) -> ResolvedPlan {
        Self.prune(plan, needing: Set(0..<plan.schema.count)).plan
    }

    /// `plan` producing at least the outputs in `needed`.
    static func prune(_ plan: ResolvedPlan, needing needed: Set<Int>) -> Pruned {
        switch plan.node {
        case .scan, .local, .cached:
            // Leaves keep their columns: the operator above narrows them (a cached plan is never rewritten).
            return (plan, identity(plan.schema.count))
        case .project(let expressions, let child):
            let kept = needed.sorted()
            let below = prune(child, needing: reads(kept.map { expressions[$0] }))
            if kept.count == expressions.count, below.plan === child { return (plan, identity(kept.count)) }
            let node = ResolvedNode.project(kept.map { expressions[$0].renumbered(below.columns) }, below.plan)
            return (ResolvedPlan(node, schema: plan.schema.keeping(kept), lineage: plan.lineage.keeping(kept)), positions(kept))
        case .filter(let condition, let child):
            return sameOutput(plan, prune(child, needing: needed.union(condition.columnIndices)))
        case .subqueryAlias(_, let child):
            return sameOutput(plan, prune(child, needing: needed))
        case .limit(_, let child), .coalesce(_, let child):
            return sameOutput(plan, narrowed(child, needing: needed))
        case .sample(let sampling, let child):
            // A sorted sample (randomSplit) orders each partition by every column it has: keep them all.
            return sampling.sortsPartition ? sameOutput(plan, prune(child, needing: Set(0..<child.schema.count)))
                : sameOutput(plan, narrowed(child, needing: needed))
        case .sort(let keys, _, let child):
            return sameOutput(plan, narrowed(child, needing: needed.union(reads(keys.map(\.expression)))))
        case .repartition(_, let keys, let child):
            return sameOutput(plan, narrowed(child, needing: needed.union(reads(keys))))
        case .windowGroupLimit(let spec, let child):
            let keys = spec.partitionKeys + spec.orderKeys.map(\.expression)
            return sameOutput(plan, narrowed(child, needing: needed.union(reads(keys))))
        case .aggregate(let spec, let child):
            return pruneAggregate(plan, spec, child, needing: needed)
        case .union(let children):
            // Every child yields exactly the read columns, in order, so the union's columns stay aligned.
            let kept = needed.sorted()
            let pruned = children.map { narrowed($0, needing: needed).plan }
            if zip(pruned, children).allSatisfy({ $0 === $1 }) { return (plan, identity(plan.schema.count)) }
            return (ResolvedPlan(.union(pruned), schema: plan.schema.keeping(kept), lineage: plan.lineage.keeping(kept)),
                    positions(kept))
        case .join(let join, let l, let r):
            return pruneJoin(plan, join, l, r, needing: needed)
        case .window(let spec, let exchanging, let child):
            return pruneWindow(plan, spec, exchanging: exchanging, child, needing: needed)
        case .generate(let spec, let child):
            return pruneGenerate(plan, spec, child, needing: needed)
        }
    }

    /// Keys, the calls whose results are read (one at least, for a global aggregate's row), their inputs.
    private static func pruneAggregate(_ plan: ResolvedPlan, _ spec: AggregateSpec, _ child: ResolvedPlan,
                                       needing needed: Set<Int>) -> Pruned {
        let kept = needed.sorted()
        let keyCount = spec.keys.count
        let results = reads(kept.map { spec.output[$0] })
        var calls = spec.calls.indices.filter { results.contains(keyCount + $0) }
        if keyCount == 0, calls.isEmpty, !spec.calls.isEmpty { calls = [0] }
        let below = narrowed(child, needing: reads(spec.keys + calls.compactMap { spec.calls[$0].input }))
        if kept.count == spec.output.count, calls.count == spec.calls.count, below.plan === child {
            return (plan, identity(kept.count))
        }
        var resultColumns = identity(keyCount)
        for (new, old) in calls.enumerated() { resultColumns[keyCount + old] = keyCount + new }
        let pruned = AggregateSpec(
            keys: spec.keys.map { $0.renumbered(below.columns) }, keyTypes: spec.keyTypes,
            calls: calls.map { spec.calls[$0].renumbered(below.columns) },
            output: kept.map { spec.output[$0].renumbered(resultColumns) }, outputSchema: spec.outputSchema.keeping(kept))
        return (ResolvedPlan(.aggregate(pruned, below.plan), schema: plan.schema.keeping(kept),
                             lineage: plan.lineage.keeping(kept)), positions(kept))
    }

    /// Each side keeps its keys, the columns of the residual condition and those of the outputs read.
    private static func pruneJoin(_ plan: ResolvedPlan, _ join: ResolvedJoin, _ l: ResolvedPlan, _ r: ResolvedPlan,
                                  needing needed: Set<Int>) -> Pruned {
        let kept = needed.sorted()
        let leftCount = l.schema.count
        let pair = reads(kept.map { join.output[$0] } + [join.residual].compactMap { $0 })
        let left = narrowed(l, needing: pair.filter { $0 < leftCount }.union(reads(join.leftKeys)))
        let right = narrowed(r, needing: Set(pair.filter { $0 >= leftCount }.map { $0 - leftCount }).union(reads(join.rightKeys)))
        if kept.count == join.output.count, left.plan === l, right.plan === r { return (plan, identity(kept.count)) }
        var pairColumns = left.columns
        for (old, new) in right.columns { pairColumns[leftCount + old] = left.plan.schema.count + new }
        let pruned = ResolvedJoin(
            type: join.type, leftKeys: join.leftKeys.map { $0.renumbered(left.columns) },
            rightKeys: join.rightKeys.map { $0.renumbered(right.columns) },
            residual: join.residual?.renumbered(pairColumns), output: kept.map { join.output[$0].renumbered(pairColumns) },
            outputSchema: join.outputSchema.keeping(kept))
        return (ResolvedPlan(.join(pruned, left.plan, right.plan), schema: plan.schema.keeping(kept),
                             lineage: plan.lineage.keeping(kept)), positions(kept))
    }

    /// The input columns read above, the partition and order keys and the functions' inputs; every function
    /// stays (a group limit below reads their positions). A group limit below stays directly below the window.
    private static func pruneWindow(_ plan: ResolvedPlan, _ spec: WindowSpec, exchanging: Bool, _ child: ResolvedPlan,
                                    needing needed: Set<Int>) -> Pruned {
        let inputCount = child.schema.count
        let functionInputs = spec.functions.flatMap(\.inputs)
        let inputNeeded = Set(needed.filter { $0 < inputCount })
            .union(reads(spec.partitionKeys + spec.orderKeys.map(\.expression) + functionInputs))
        let below: Pruned
        if case .windowGroupLimit = child.node {
            // The group limit stays directly below its window; the projection goes below the limit.
            below = prune(child, needing: inputNeeded)
        } else {
            below = narrowed(child, needing: inputNeeded)
        }
        guard below.plan !== child else { return (plan, identity(plan.schema.count)) }
        let m = below.columns
        let width = below.plan.schema.count
        let renumbered = ResolvedNode.window(spec, exchanging: exchanging, child).renumberingExpressions(m)
        guard case .window(let s, _, _) = renumbered else { return (plan, identity(plan.schema.count)) }
        let functionFields = Array(spec.outputSchema.fields.dropFirst(inputCount))
        let schema = StructType(below.plan.schema.fields + functionFields)
        let pruned = WindowSpec(partitionKeys: s.partitionKeys, orderKeys: s.orderKeys, functions: s.functions,
                                outputSchema: schema)
        var columns = m
        for i in functionFields.indices { columns[inputCount + i] = width + i }
        let functionLineage = ColumnLineage(planIds: Array(plan.lineage.planIds.dropFirst(inputCount)))
        return (ResolvedPlan(.window(pruned, exchanging: exchanging, below.plan), schema: schema,
                             lineage: plan.lineage.keeping(m.keys.sorted()) + functionLineage), columns)
    }

    /// The other select items read, the generator's inputs and its columns (which set how many rows there are).
    private static func pruneGenerate(_ plan: ResolvedPlan, _ spec: GenerateSpec, _ child: ResolvedPlan,
                                      needing needed: Set<Int>) -> Pruned {
        let generated = spec.generated
        let kept = needed.union(generated).sorted()
        let others = kept.filter { !generated.contains($0) }.map { $0 < spec.position ? $0 : $0 - generated.count }
        let below = narrowed(child, needing: reads(others.map { spec.others[$0] } + spec.generator.inputs))
        if others.count == spec.others.count, below.plan === child { return (plan, identity(plan.schema.count)) }
        let pruned = GenerateSpec(others: others.map { spec.others[$0].renumbered(below.columns) },
                                  generator: spec.generator.with(inputs: spec.generator.inputs.map { $0.renumbered(below.columns) }),
                                  position: kept.firstIndex(of: spec.position)!, outputSchema: spec.outputSchema.keeping(kept))
        return (ResolvedPlan(.generate(pruned, below.plan), schema: plan.schema.keeping(kept),
                             lineage: plan.lineage.keeping(kept)), positions(kept))
    }

    /// An operator whose output is its child's columns, over the pruned child.
    private static func sameOutput(_ plan: ResolvedPlan, _ below: Pruned) -> Pruned {
        guard below.plan !== plan.children[0] else { return (plan, identity(plan.schema.count)) }
        let node = plan.node.renumberingExpressions(below.columns).withNewChildren([below.plan])
        let survivors = below.columns.sorted { $0.value < $1.value }.map(\.key)
        return (ResolvedPlan(node, schema: plan.schema.keeping(survivors), lineage: plan.lineage.keeping(survivors)),
                below.columns)
    }

    /// `plan` pruned to exactly `needed`, in order.
    private static func narrowed(_ plan: ResolvedPlan, needing needed: Set<Int>) -> Pruned {
        let kept = needed.sorted()
        return (narrow(prune(plan, needing: needed), to: kept, like: plan), positions(kept))
    }

    /// The pruned plan yielding exactly the old columns `kept`, in order: itself when it already does, else a
    /// projection of them (`like`: the unpruned plan, for their names and lineage).
    static func narrow(_ pruned: Pruned, to kept: [Int], like original: ResolvedPlan) -> ResolvedPlan {
        let plan = pruned.plan
        let at = kept.map { pruned.columns[$0]! }
        if at == Array(0..<plan.schema.count) { return plan }
        let columns = at.map { BoundExpression.column(index: $0, type: plan.schema[$0].dataType) }
        return ResolvedPlan(.project(columns, plan), schema: original.schema.keeping(kept),
                            lineage: original.lineage.keeping(kept))
    }

    /// The input columns the expressions read.
    static func reads(_ expressions: [BoundExpression]) -> Set<Int> {
        expressions.reduce(into: Set<Int>()) { $0.formUnion($1.columnIndices) }
    }

    static func identity(_ count: Int) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, $0) })
    }

    static func positions(_ kept: [Int]) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($0.element, $0.offset) })
    }
}

extension BoundExpression {
    /// The expression with each column reference moved by `columns` (old input ordinal to new), which holds
    /// every column it reads.
    func renumbered(_ columns: [Int: Int]) -> BoundExpression {
        transformUp { e in
            guard case .column(let i, let type) = e else { return nil }
            return .column(index: columns[i]!, type: type)
        }
    }
}

extension AggregateCall {
    func renumbered(_ columns: [Int: Int]) -> AggregateCall {
        AggregateCall(function: function, input: input?.renumbered(columns))
    }
}

extension BoundWindowFunction {
    /// The expressions over the window's input the function reads.
    var inputs: [BoundExpression] {
        switch self {
        case .rowNumber, .rank, .denseRank, .percentRank, .ntile, .cumeDist: []
        case .offset(let e, _, _): [e]
        case .aggregate(let call, _): [call.input].compactMap { $0 }
        }
    }
}

extension ResolvedNode {
    /// The same operator with its own expressions over its child's columns moved by `columns`.
    func renumberingExpressions(_ columns: [Int: Int]) -> ResolvedNode {
        mapExpressions { $0.renumbered(columns) }
    }
}

extension StructType {
    /// The fields at `kept`, in that order.
    func keeping(_ kept: [Int]) -> StructType {
        StructType(kept.map { self[$0] })
    }
}

extension ColumnLineage {
    /// The lineage of the columns at `kept`, in that order.
    func keeping(_ kept: [Int]) -> ColumnLineage {
        ColumnLineage(planIds: kept.map { planIds[$0] }, aliases: aliases)
    }
}
