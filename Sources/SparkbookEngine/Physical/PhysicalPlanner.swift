/// Turns a resolved (and optimized) logical plan into stages split at exchanges: picks the physical operators
/// (the join strategy, partial/final or complete aggregation) and ends a stage wherever rows must move between
/// partitions. Binds nothing: every expression arrives bound from the Analyzer.
struct PhysicalPlanner {
    let shufflePartitions: Int
    var stages: [StagePlan] = []
    var pendingParents: [Int] = []
    var nameOfCurrentStage = "collect"
    var nextShuffleId = 0
    /// For `explain`: a cached DataFrame is drawn as the scan of its cache (Spark's InMemoryTableScan) whether an
    /// action computed it yet or not, as Spark replaces the plan when `cache()` is called.
    let drawsCachesAsScans: Bool

    init(shufflePartitions: Int, drawsCachesAsScans: Bool = false) {
        self.shufflePartitions = shufflePartitions
        self.drawsCachesAsScans = drawsCachesAsScans
    }

    /// The whole query: a limit at the root is taken globally by the executor (Spark's CollectLimit); one
    /// anywhere else is planned as Spark's GlobalLimit below.
    mutating func plan(_ plan: ResolvedPlan) -> PhysicalPlan {
        let root: PhysicalOperator
        if case .limit(let n, let child) = plan.node { root = .limit(n, build(child)) } else { root = build(plan) }
        var limit: Int?
        if case .limit(let n, _) = root { limit = n }
        stages.append(StagePlan(root: root, output: .result, parents: pendingParents, name: nameOfCurrentStage))
        return PhysicalPlan(stages: stages, limit: limit)
    }

    /// `plan`'s operator tree for the current stage; stages below its exchanges are appended on the way.
    mutating func build(_ plan: ResolvedPlan) -> PhysicalOperator {
        switch plan.node {
        case .subqueryAlias(_, let child):
            return build(child)
        case .scan(let relation):
            nameOfCurrentStage = "\(relation.sourceName) scan"
            return .scan(relation, columns: Array(0..<relation.scan.schema.count), schema: relation.scan.schema)
        case .local(let relation):
            nameOfCurrentStage = "local rows"
            return .local(relation)
        case .cached(let entry, _) where drawsCachesAsScans:
            return .cachedScan(entry.relation ?? CachedRelation(rddId: entry.rddId, schema: plan.schema, partitionCount: 0,
                                                                level: entry.level, store: CacheBlockStore(memory: nil)))
        case .cached(let entry, let child):
            // A `MEMORY_ONLY` cache that left partitions out is computed again as a whole (Spark recomputes
            // only the missing blocks).
            guard let relation = entry.relation, relation.isComplete else { return build(child) }
            nameOfCurrentStage = "cached rdd \(entry.rddId)"
            return .cachedScan(relation)
        case .project(let expressions, let child):
            if let scan = scan(projecting: expressions, schema: plan.schema, over: child) { return scan }
            return .project(expressions, schema: plan.schema, build(child))
        case .generate(let spec, let child):
            return .generate(spec, build(child))
        case .filter(let condition, let child):
            let input = build(child)
            // A scan read whole (its columns in order), so the condition reads its output as the scan's schema.
            if case .scan(let relation, let columns, let schema) = input, columns == Array(0..<relation.scan.schema.count) {
                return .filter(condition, .scan(Self.pushing([condition], to: relation), columns: columns, schema: schema))
            }
            return .filter(condition, input)
        case .limit(let n, let child):
            // Spark's LocalLimit in each partition, then GlobalLimit over one partition, so `df.limit(1)` under
            // another operator (`show`, `count`, a join) keeps one row in all, not one per partition.
            let local = PhysicalOperator.limit(n, build(child))
            return .limit(n, exchange(local, .single, partitions: 1))
        case .aggregate(let spec, let child):
            let input = build(child)
            if spec.calls.contains(where: { $0.function.needsCompleteMode }) {
                let partitioning: ExchangePartitioning = spec.keys.isEmpty ? .single : .hash(spec.keys)
                let read = exchange(input, partitioning, partitions: spec.keys.isEmpty ? 1 : shufflePartitions)
                nameOfCurrentStage = "aggregate"
                return .completeAggregate(spec, read)
            }
            let handle = ShuffleHandle(id: nextShuffleId, schema: spec.partialSchema,
                                       partitions: spec.keys.isEmpty ? 1 : shufflePartitions)
            nextShuffleId += 1
            stages.append(StagePlan(root: input, output: .shuffleWrite(handle, spec), parents: pendingParents,
                                    name: nameOfCurrentStage))
            pendingParents = [stages.count - 1]
            nameOfCurrentStage = spec.keys.isEmpty ? "aggregate" : "groupBy aggregate"
            return .finalAggregate(spec, .shuffleRead(handle))
        case .sort(let keys, let global, let child):
            return .sort(keys, global ? exchange(build(child), .single, partitions: 1) : build(child))
        case .union(let children):
            return buildUnion(children, schema: plan.schema)
        case .repartition(let n, let keys, let child):
            return exchange(build(child), keys.isEmpty ? .roundRobin : .hash(keys), partitions: max(1, n),
                            coalescible: false)
        case .coalesce(let n, let child):
            let input = build(child)
            // Spark's coalesce never adds partitions: `coalesce(10**9)` keeps its input's.
            let partitions = min(max(1, n), StagePartitions().count(input))
            return exchange(input, partitions <= 1 ? .single : .contiguous, partitions: partitions, coalescible: false)
        case .join(let join, let l, let r):
            return buildJoin(join, l, r)
        case .window(let spec, let exchanging, let child):
            // A group limit below the window: partial before the exchange, final after it, as Spark plans them.
            var limit: WindowGroupLimitSpec?
            var below = child
            if case .windowGroupLimit(let l, let c) = child.node { (limit, below) = (l, c) }
            func limited(_ op: PhysicalOperator, _ mode: WindowGroupLimitSpec.Mode) -> PhysicalOperator {
                limit.map { .windowGroupLimit($0.with(mode: mode), op) } ?? op
            }
            let input = build(below)
            guard exchanging else { return .window(spec, limited(input, .final)) }
            let read = exchange(limited(input, .partial), spec.partitionKeys.isEmpty ? .single : .hash(spec.partitionKeys),
                                partitions: spec.partitionKeys.isEmpty ? 1 : shufflePartitions)
            nameOfCurrentStage = "window"
            return .window(spec, limited(read, .final))
        case .windowGroupLimit(let spec, let child):
            return .windowGroupLimit(spec.with(mode: .final), build(child))
        case .sample(let sampling, let child):
            let input = build(child)
            guard sampling.sortsPartition else { return .sample(sampling, input) }
            // Every column type Sparkbook has is orderable (arrays included), so the sort is by all of them.
            let keys = input.schema.fields.enumerated().map {
                SortKey(expression: .column(index: $0.offset, type: $0.element.dataType), direction: .ascending)
            }
            return .sample(sampling, keys.isEmpty ? input : .sort(keys, input))
        }
    }

    /// Ends the current stage with an exchange of raw rows and returns the reader of its output.
    mutating func exchange(_ input: PhysicalOperator, _ partitioning: ExchangePartitioning, partitions: Int,
                           coalescible: Bool = true, broadcast: Bool = false) -> PhysicalOperator {
        var handle = ShuffleHandle(id: nextShuffleId, schema: input.schema, partitions: partitions)
        handle.coalescible = coalescible
        handle.broadcast = broadcast
        nextShuffleId += 1
        stages.append(StagePlan(root: input, output: .exchange(handle, partitioning), parents: pendingParents,
                                name: nameOfCurrentStage))
        pendingParents = [stages.count - 1]
        nameOfCurrentStage = "exchange"
        return .shuffleRead(handle)
    }

    /// The relation with `conditions` (over its whole output) pushed to its scan, when the scan takes them.
    static func pushing(_ conditions: [BoundExpression], to relation: ScanRelation) -> ScanRelation {
        guard !conditions.isEmpty, let scan = relation.scan as? any FilterPushdownScan else { return relation }
        return ScanRelation(scan: scan.pushing(conditions), sourceName: relation.sourceName)
    }

    /// A projection over a file scan, through filters (the shape ColumnPruning leaves where a relation is not
    /// read whole): the scan reads only the columns the projection and the filters read (Spark's
    /// FileSourceStrategy; the source's `requiredSchema`), and a projection that keeps those columns in order
    /// is the scan itself. Nil for any other shape.
    mutating func scan(projecting expressions: [BoundExpression], schema: StructType,
                       over child: ResolvedPlan) -> PhysicalOperator? {
        var conditions: [BoundExpression] = []
        var leaf = child
        while true {
            switch leaf.node {
            case .filter(let condition, let below): conditions.append(condition); leaf = below; continue
            case .subqueryAlias(_, let below): leaf = below; continue
            default: break
            }
            break
        }
        guard case .scan(let scanned) = leaf.node else { return nil }
        let relation = Self.pushing(conditions, to: scanned)
        nameOfCurrentStage = "\(relation.sourceName) scan"
        let read = ColumnPruning.reads(expressions + conditions).sorted()
        let columns = ColumnPruning.positions(read)
        let fields = StructType(read.map { relation.scan.schema[$0] })
        var op = PhysicalOperator.scan(relation, columns: read, schema: fields)
        for condition in conditions.reversed() { op = .filter(condition.renumbered(columns), op) }
        let renumbered = expressions.map { $0.renumbered(columns) }
        let keepsColumns = renumbered.count == read.count && renumbered.enumerated().allSatisfy { i, e in
            if case .column(i, _) = e { true } else { false }
        }
        if keepsColumns, schema.names == fields.names { return op }
        return .project(renumbered, schema: schema, op)
    }
}
