/// Spark's filter pushdown (`PushDownPredicates`: `CombineFilters`, `PushPredicateThroughNonJoin`,
/// `PushPredicateThroughJoin`) over a planned query: every filter moves as far down as Spark's rules allow,
/// so `withColumn("q", a / b).filter(b != 0)` never divides by zero, as in Spark.
///
/// It works on the bound plan, where a column reference is an ordinal: moving a condition below a projection
/// replaces each reference with the projected expression, with no name to resolve again. Conditions cross
/// exchanges into the stage that writes them (an aggregate's grouping keys, a sort, a repartition, a window's
/// partition keys, one side of a join) and into every child of a union.
struct PredicatePushdown {
    private(set) var stages: [StagePlan]
    /// The stage that writes each shuffle.
    private let writer: [Int: Int]

    /// The stages with their filters pushed down; the stages, their order and their outputs do not change.
    static func optimize(_ stages: [StagePlan]) -> [StagePlan] {
        var pushdown = PredicatePushdown(stages: stages)
        // A stage only reads shuffles of stages before it: from the last, every filter handed to an earlier
        // stage is still ahead and moves on when that stage's turn comes.
        for index in stages.indices.reversed() {
            let root = pushdown.rewrite(pushdown.stages[index].root)
            pushdown.replaceRoot(of: index, with: root)
        }
        return pushdown.stages
    }

    private init(stages: [StagePlan]) {
        self.stages = stages
        var writer: [Int: Int] = [:]
        for (index, stage) in stages.enumerated() {
            switch stage.output {
            case .shuffleWrite(let h, _), .exchange(let h, _): writer[h.id] = index
            case .result: break
            }
        }
        self.writer = writer
    }

    /// The tree with each of its filters pushed down, bottom-up.
    private mutating func rewrite(_ op: PhysicalOperator) -> PhysicalOperator {
        switch op {
        case .scan, .local, .shuffleRead: op
        case .filter(let condition, let child): push(condition, into: rewrite(child))
        case .project(let e, let schema, let c): .project(e, schema: schema, rewrite(c))
        case .limit(let n, let c): .limit(n, rewrite(c))
        case .finalAggregate(let spec, let c): .finalAggregate(spec, rewrite(c))
        case .completeAggregate(let spec, let c): .completeAggregate(spec, rewrite(c))
        case .sort(let keys, let c): .sort(keys, rewrite(c))
        case .concat(let cs, let schema): .concat(cs.map { rewrite($0) }, schema: schema)
        case .hashJoin(let spec, let l, let r): .hashJoin(spec, rewrite(l), rewrite(r))
        case .window(let spec, let c): .window(spec, rewrite(c))
        case .windowGroupLimit(let spec, let c): .windowGroupLimit(spec, rewrite(c))
        case .generate(let spec, let c): .generate(spec, rewrite(c))
        case .sample(let sampling, let c): .sample(sampling, rewrite(c))
        }
    }

    /// `condition` over `op`'s output, placed as far below `op` as it may go (`op` is already rewritten).
    mutating func push(_ condition: BoundExpression, into op: PhysicalOperator) -> PhysicalOperator {
        switch op {
        case .filter(let lower, let child) where lower.isDeterministic:
            // CombineFilters: the lower condition first, so rows it rejects never evaluate the upper one.
            let known = Set(lower.conjuncts)
            let added = condition.conjuncts.filter { !known.contains($0) }
            guard let merged = BoundExpression.conjunction(lower.conjuncts + added) else { return op }
            return push(merged, into: child)
        case .project(let expressions, let schema, let child) where expressions.allSatisfy(\.isDeterministic):
            return .project(expressions, schema: schema, push(condition.substituting(expressions), into: child))
        case .generate(let spec, let child) where spec.others.allSatisfy(\.isDeterministic):
            // Conjuncts that do not read the generated column hold for every row generated from an input row.
            var outputs: [BoundExpression?] = spec.others.map { $0 }
            outputs.insert(nil, at: spec.position)
            return pushSplit(condition, over: op, mapping: outputs) { me, pushed in .generate(spec, me.push(pushed, into: child)) }
        case .window(let spec, let child):
            // Only conjuncts over the window's partition columns: they keep or drop whole partitions.
            var outputs = [BoundExpression?](repeating: nil, count: spec.outputSchema.count)
            let keyColumns = spec.partitionKeys.compactMap { key -> Int? in
                if case .column(let i, _) = key { return i } else { return nil }
            }
            if keyColumns.count == spec.partitionKeys.count {
                for i in keyColumns { outputs[i] = .column(index: i, type: spec.outputSchema[i].dataType) }
            }
            return pushSplit(condition, over: op, mapping: outputs) { me, pushed in .window(spec, me.push(pushed, into: child)) }
        case .sort(let keys, .shuffleRead(let h)) where keys.allSatisfy(\.expression.isDeterministic):
            return pushSplit(condition, over: op, mapping: Self.identity(op.schema)) { me, pushed in
                me.handToWriter(of: h, pushed)
                return op
            }
        case .shuffleRead(let h):
            // A repartition or coalesce: the same rows, placed elsewhere.
            guard let index = writer[h.id], case .exchange(_, let partitioning) = stages[index].output,
                  partitioning.isDeterministic else { return .filter(condition, op) }
            return pushSplit(condition, over: op, mapping: Self.identity(op.schema)) { me, pushed in
                me.handToWriter(of: h, pushed)
                return op
            }
        case .finalAggregate(let spec, .shuffleRead(let h)), .completeAggregate(let spec, .shuffleRead(let h)):
            return pushThroughAggregate(condition, spec, over: op, reading: h)
        case .concat(let children, _):
            return pushThroughUnion(condition, children, over: op)
        case .hashJoin(let spec, .shuffleRead(let l), .shuffleRead(let r)):
            return pushThroughJoin(condition, spec, over: op, reading: (l, r))
        default:
            return .filter(condition, op)
        }
    }

    /// Splits `condition` into the deterministic conjuncts that `mapping` (an expression over the input per
    /// output column, nil where the input cannot express it) rewrites over the input, and the rest. `below`
    /// places the first part under the operator; the rest stays above it as a filter.
    mutating func pushSplit(_ condition: BoundExpression, over op: PhysicalOperator, mapping: [BoundExpression?],
                            requireColumns: Bool = false,
                            below: (inout PredicatePushdown, BoundExpression) -> PhysicalOperator) -> PhysicalOperator {
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
        let moved = below(&self, down)
        return BoundExpression.conjunction(kept).map { .filter($0, moved) } ?? moved
    }

    /// Adds `condition` on top of the root of the stage that writes shuffle `h` (it moves on from there when
    /// that stage is rewritten).
    mutating func handToWriter(of h: ShuffleHandle, _ condition: BoundExpression) {
        guard let index = writer[h.id] else { return }
        replaceRoot(of: index, with: .filter(condition, stages[index].root))
    }

    private mutating func replaceRoot(of index: Int, with root: PhysicalOperator) {
        let stage = stages[index]
        stages[index] = StagePlan(root: root, output: stage.output, parents: stage.parents, name: stage.name)
    }

    /// Each output column as itself.
    static func identity(_ schema: StructType) -> [BoundExpression?] {
        schema.fields.enumerated().map { .column(index: $0.offset, type: $0.element.dataType) }
    }
}

extension ExchangePartitioning {
    var isDeterministic: Bool {
        if case .hash(let keys) = self { return keys.allSatisfy(\.isDeterministic) }
        return true
    }
}
