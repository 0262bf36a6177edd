/// Spark's pushdown rules for Aggregate (grouping keys only) and Join (the sides whose rows the filter may drop
/// early), whose conditions cross an exchange into the stage that writes it, and for Union (every child, in the
/// union's own stage).
extension PredicatePushdown {
    /// Conjuncts over grouping keys only filter the input rows; those over aggregate results stay above.
    /// As in Spark, nothing moves below a global aggregate or one over a nondeterministic expression (`first`
    /// and `last` do not count: PySpark 4.3.0 pushes a key filter below them).
    mutating func pushThroughAggregate(_ condition: BoundExpression, _ spec: AggregateSpec,
                                       over op: PhysicalOperator, reading h: ShuffleHandle) -> PhysicalOperator {
        guard !spec.keys.isEmpty, spec.calls.allSatisfy({ $0.input?.isDeterministic ?? true }) else { return .filter(condition, op) }
        let mapping = spec.output.map { output -> BoundExpression? in
            output.columnIndices.allSatisfy { $0 < spec.keys.count } ? output.substituting(spec.keys) : nil
        }
        return pushSplit(condition, over: op, mapping: mapping, requireColumns: true) { me, pushed in
            me.handToWriter(of: h, pushed)
            return op
        }
    }

    /// `union`: each child produces rows of the union's schema (widened first), so the same deterministic
    /// conjuncts filter every child, inside the union's own stage.
    mutating func pushThroughUnion(_ condition: BoundExpression, _ children: [PhysicalOperator],
                                   over op: PhysicalOperator) -> PhysicalOperator {
        pushSplit(condition, over: op, mapping: Self.identity(op.schema)) { me, pushed in
            .concat(children.map { me.push(pushed, into: $0) }, schema: op.schema)
        }
    }

    /// Spark's PushPredicateThroughJoin for a `where` over a join: a conjunct reading one side's columns only
    /// filters that side, where the join type keeps the meaning (an inner join both sides, a left outer join
    /// its left side, a right outer join its right side; a full outer join none).
    mutating func pushThroughJoin(_ condition: BoundExpression, _ spec: JoinSpec, over op: PhysicalOperator,
                                  reading sides: (left: ShuffleHandle, right: ShuffleHandle)) -> PhysicalOperator {
        let type = OuterJoinElimination.narrowedType(spec, by: condition.conjuncts.map { $0.substituting(spec.output) })
        let spec = spec.with(type: type)
        let op = PhysicalOperator.hashJoin(spec, .shuffleRead(sides.left), .shuffleRead(sides.right))
        let leftCount = spec.leftSchema.count
        let toLeft: Set<JoinType> = [.inner, .cross, .left, .leftSemi, .leftAnti]
        let toRight: Set<JoinType> = [.inner, .cross, .right]
        var left: [BoundExpression] = [], right: [BoundExpression] = [], kept: [BoundExpression] = []
        for part in condition.conjuncts {
            let over = part.substituting(spec.output)
            let reads = over.columnIndices
            if !over.isDeterministic {
                kept.append(part)
            } else if reads.allSatisfy({ $0 < leftCount }) {
                if toLeft.contains(spec.type) { left.append(over) } else { kept.append(part) }
            } else if reads.allSatisfy({ $0 >= leftCount }), toRight.contains(spec.type) {
                right.append(over.shifted(by: -leftCount))
            } else {
                kept.append(part)
            }
        }
        if let c = BoundExpression.conjunction(left) { handToWriter(of: sides.left, c) }
        if let c = BoundExpression.conjunction(right) { handToWriter(of: sides.right, c) }
        return BoundExpression.conjunction(kept).map { .filter($0, op) } ?? op
    }
}
