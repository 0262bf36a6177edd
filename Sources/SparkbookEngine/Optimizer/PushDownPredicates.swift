/// Spark's filter pushdown (`PushDownPredicates`: `CombineFilters`, `PushPredicateThroughNonJoin`,
/// `PushPredicateThroughJoin`) on the resolved logical plan: every filter moves as far down as Spark's rules
/// allow, so `withColumn("q", a / b).filter(b != 0)` never divides by zero, as in Spark.
///
/// A column reference is an ordinal: moving a condition below a projection replaces each reference with the
/// projected expression, with no name to resolve again. Conditions move below an aggregate (its grouping keys),
/// a sort, a repartition, a window (its partition keys), into the sides of a join and every child of a union.
struct PushDownPredicates: OptimizerRule {
    func apply(_ plan: ResolvedPlan) -> ResolvedPlan {
        plan.transformUp { node in
            guard case .filter(let condition, let child) = node.node else { return nil }
            let pushed = push(condition, into: child)
            // Nothing moved: the same filter, so the executor sees a fixed point.
            if case .filter(let c, let below) = pushed.node, below === child, c == condition { return node }
            return pushed
        }
    }

    /// `condition` over `op`'s output, placed as far below `op` as it may go (`op`'s subtree already rewritten).
    func push(_ condition: BoundExpression, into op: ResolvedPlan) -> ResolvedPlan {
        switch op.node {
        case .filter(let lower, let child) where lower.isDeterministic:
            // CombineFilters: the lower condition first, so rows it rejects never evaluate the upper one.
            let known = Set(lower.conjuncts)
            let added = condition.conjuncts.filter { !known.contains($0) }
            guard let merged = BoundExpression.conjunction(lower.conjuncts + added) else { return op }
            return push(merged, into: child)
        case .project(let expressions, let child) where expressions.allSatisfy(\.isDeterministic):
            return op.replacing(.project(expressions, push(condition.substituting(expressions), into: child)))
        case .generate(let spec, let child) where spec.others.allSatisfy(\.isDeterministic):
            // Conjuncts that do not read the generated columns hold for every row generated from an input row.
            var outputs: [BoundExpression?] = spec.others.map { $0 }
            outputs.insert(contentsOf: spec.generated.map { _ in nil }, at: spec.position)
            return pushSplit(condition, over: op, mapping: outputs) { .generate(spec, push($0, into: child)) }
        case .window(let spec, let exchanging, let child):
            // Only conjuncts over the window's partition columns: they keep or drop whole partitions.
            var outputs = [BoundExpression?](repeating: nil, count: spec.outputSchema.count)
            let keyColumns = spec.partitionKeys.compactMap { key -> Int? in
                if case .column(let i, _) = key { return i } else { return nil }
            }
            if keyColumns.count == spec.partitionKeys.count {
                for i in keyColumns { outputs[i] = .column(index: i, type: spec.outputSchema[i].dataType) }
            }
            return pushSplit(condition, over: op, mapping: outputs) { .window(spec, exchanging: exchanging, push($0, into: child)) }
        case .sort(let keys, let global, let child) where keys.allSatisfy(\.expression.isDeterministic):
            return pushSplit(condition, over: op, mapping: Self.identity(op.schema)) { .sort(keys, global: global, push($0, into: child)) }
        case .repartition(let n, let keys, let child) where keys.allSatisfy(\.isDeterministic):
            // The same rows, placed elsewhere.
            return pushSplit(condition, over: op, mapping: Self.identity(op.schema)) { .repartition(n, keys, push($0, into: child)) }
        case .coalesce(let n, let child):
            return pushSplit(condition, over: op, mapping: Self.identity(op.schema)) { .coalesce(n, push($0, into: child)) }
        case .aggregate(let spec, let child):
            return pushThroughAggregate(condition, spec, over: op, child)
        case .union(let children):
            // Each child produces rows of the union's schema (widened first), so the same conjuncts filter each.
            return pushSplit(condition, over: op, mapping: Self.identity(op.schema)) { pushed in
                .union(children.map { push(pushed, into: $0) })
            }
        case .join(let join, let l, let r):
            return pushThroughJoin(condition, join, over: op, l, r)
        default:
            return .filter(condition, op)
        }
    }

    /// Conjuncts over grouping keys only filter the input rows; those over aggregate results stay above.
    /// As in Spark, nothing moves below a global aggregate or one over a nondeterministic expression (`first`
    /// and `last` do not count: PySpark 4.3.0 pushes a key filter below them).
    private func pushThroughAggregate(_ condition: BoundExpression, _ spec: AggregateSpec, over op: ResolvedPlan,
                                      _ child: ResolvedPlan) -> ResolvedPlan {
        guard !spec.keys.isEmpty, spec.calls.allSatisfy({ $0.input?.isDeterministic ?? true }) else { return .filter(condition, op) }
        let mapping = spec.output.map { output -> BoundExpression? in
            output.columnIndices.allSatisfy { $0 < spec.keys.count } ? output.substituting(spec.keys) : nil
        }
        return pushSplit(condition, over: op, mapping: mapping, requireColumns: true) { .aggregate(spec, push($0, into: child)) }
    }

    /// Spark's PushPredicateThroughJoin for a `where` over a join: a conjunct reading one side's columns only
    /// filters that side, where the join type keeps the meaning (an inner join both sides, a left outer join
    /// its left side, a right outer join its right side; a full outer join none). An outer join whose padded
    /// rows the condition rejects is narrowed first (OuterJoinElimination).
    private func pushThroughJoin(_ condition: BoundExpression, _ join: ResolvedJoin, over op: ResolvedPlan,
                                 _ l: ResolvedPlan, _ r: ResolvedPlan) -> ResolvedPlan {
        let leftCount = l.schema.count
        let type = OuterJoinElimination.narrowedType(join.type, leftSchema: l.schema, rightSchema: r.schema,
                                                     by: condition.conjuncts.map { $0.substituting(join.output) })
        let toLeft: Set<JoinType> = [.inner, .cross, .left, .leftSemi, .leftAnti]
        let toRight: Set<JoinType> = [.inner, .cross, .right]
        var left: [BoundExpression] = [], right: [BoundExpression] = [], kept: [BoundExpression] = []
        for part in condition.conjuncts {
            let over = part.substituting(join.output)
            let reads = over.columnIndices
            if !over.isDeterministic {
                kept.append(part)
            } else if reads.allSatisfy({ $0 < leftCount }) {
                if toLeft.contains(type) { left.append(over) } else { kept.append(part) }
            } else if reads.allSatisfy({ $0 >= leftCount }), toRight.contains(type) {
                right.append(over.shifted(by: -leftCount))
            } else {
                kept.append(part)
            }
        }
        let newLeft = BoundExpression.conjunction(left).map { push($0, into: l) } ?? l
        let newRight = BoundExpression.conjunction(right).map { push($0, into: r) } ?? r
        let narrowed = ResolvedJoin(type: type, leftKeys: join.leftKeys, rightKeys: join.rightKeys,
                                    residual: join.residual, output: join.output, outputSchema: join.outputSchema)
        let joined = op.replacing(.join(narrowed, newLeft, newRight))
        return BoundExpression.conjunction(kept).map { .filter($0, joined) } ?? joined
    }

    /// Splits `condition` into the deterministic conjuncts that `mapping` (an expression over the input per
    /// output column, nil where the input cannot express it) rewrites over the input, and the rest. `below`
    /// makes the operator with the first part under it; the rest stays above it as a filter.
    private func pushSplit(_ condition: BoundExpression, over op: ResolvedPlan, mapping: [BoundExpression?],
                           requireColumns: Bool = false,
                           below: (BoundExpression) -> ResolvedNode) -> ResolvedPlan {
        var pushed: [BoundExpression] = [], kept: [BoundExpression] = []
        // Unmapped columns are never read by a moved conjunct.
        let inputs = mapping.enumerated().map { $0.element ?? .column(index: $0.offset, type: .null) }
        for part in condition.conjuncts {
            let columns = part.columnIndices
            let movable = part.isDeterministic && !(requireColumns && columns.isEmpty)
                && columns.allSatisfy { mapping[$0] != nil }
            if movable { pushed.append(part.substituting(inputs)) } else { kept.append(part) }
        }
        guard let down = BoundExpression.conjunction(pushed) else { return .filter(condition, op) }
        let moved = op.replacing(below(down))
        return BoundExpression.conjunction(kept).map { .filter($0, moved) } ?? moved
    }

    /// Each output column as itself.
    static func identity(_ schema: StructType) -> [BoundExpression?] {
        schema.fields.enumerated().map { .column(index: $0.offset, type: $0.element.dataType) }
    }
}

extension ResolvedPlan {
    /// A filter over `input` (its columns and lineage).
    static func filter(_ condition: BoundExpression, _ input: ResolvedPlan) -> ResolvedPlan {
        ResolvedPlan(.filter(condition, input), schema: input.schema, lineage: input.lineage)
    }

    /// Another operator with this node's output attributes.
    func replacing(_ node: ResolvedNode) -> ResolvedPlan {
        ResolvedPlan(node, schema: schema, lineage: lineage)
    }
}
