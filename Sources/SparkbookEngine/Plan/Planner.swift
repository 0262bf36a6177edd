/// Turns a logical plan into stages split at shuffles, resolving names and types on the way (the analyzer
/// and the planner are one pass here: every node is bound against its child's schema).
public struct Planner: Sendable {
    /// `spark.sql.shuffle.partitions`: reduce partitions before adaptive coalescing.
    public let shufflePartitions: Int
    public let functions: FunctionRegistry
    public let context: FunctionContext

    public init(shufflePartitions: Int = 200, functions: FunctionRegistry = .builtIn,
                context: FunctionContext = FunctionContext()) {
        self.shufflePartitions = shufflePartitions
        self.functions = functions
        self.context = context
    }

    private func makeBuilder() -> StageBuilder {
        var builder = StageBuilder(shufflePartitions: shufflePartitions)
        builder.functions = functions
        builder.context = context
        return builder
    }

    /// The output schema of a plan; throws Spark's analysis errors.
    public func schema(of plan: LogicalPlan) throws -> StructType {
        var builder = makeBuilder()
        return try builder.build(plan).schema
    }

    /// The output column a plain reference resolves to (`df1.id` on a join picks df1's side); nil for anything
    /// that is not a column reference.
    public func columnIndex(of expression: Expression, in plan: LogicalPlan) throws -> Int? {
        var builder = makeBuilder()
        let root = try builder.build(plan)
        guard case .column(let index, _) = try builder.binder(root.schema).bind(expression) else { return nil }
        return index
    }

    public func plan(_ plan: LogicalPlan) throws -> PhysicalPlan {
        var builder = makeBuilder()
        // A limit at the root is taken globally by the executor (Spark's CollectLimit); one anywhere else is
        // planned as Spark's GlobalLimit below.
        let root: PhysicalOperator
        if case .limit(let n, let child) = plan { root = .limit(n, try builder.build(child)) } else { root = try builder.build(plan) }
        var limit: Int?
        if case .limit(let n, _) = root { limit = n }
        builder.stages.append(StagePlan(root: root, output: .result, parents: builder.pendingParents,
                                        name: builder.nameOfCurrentStage))
        // Filters move down as Spark's optimizer moves them (Optimizer/PredicatePushdown), then each stage's
        // scan reads only the columns the stage uses (Optimizer/ColumnPruning).
        // A round-robin exchange learns which columns its readers use (Optimizer/ExchangeColumnUse).
        let stages = PredicatePushdown.optimize(builder.stages).map(ColumnPruning.prune)
        return PhysicalPlan(stages: ExchangeColumnUse.annotate(stages), limit: limit)
    }
}

/// Accumulates stages while walking a logical plan bottom-up.
struct StageBuilder {
    let shufflePartitions: Int
    var stages: [StagePlan] = []
    var pendingParents: [Int] = []
    var nameOfCurrentStage = "collect"
    var nextShuffleId = 0
    var functions = FunctionRegistry.builtIn
    var context = FunctionContext()
    /// The lineage of the operator `build` returned last (its output columns' DataFrames).
    var lineage = ColumnLineage.unknown(0)
    /// The `df.alias(name)`s met so far and the plan ids they mark, for qualified names (`s.id`).
    var aliases: [String: Set<Int>] = [:]
    /// The column names a projection directly over a join reads, so the join can estimate its pruned sides.
    var joinColumnsNeeded: Set<String>?
    /// A group limit a filter allows the window right below it (Plan/WindowGroupLimitInference).
    var pendingWindowGroupLimit: WindowGroupLimitInference.Request?

    /// A binder over `schema`; the last built operator's lineage applies when it describes this schema.
    func binder(_ schema: StructType) -> ExpressionBinder {
        ExpressionBinder(schema: schema, functions: functions, context: context, lineage: lineage)
    }

    init(shufflePartitions: Int) {
        self.shufflePartitions = shufflePartitions
    }

    mutating func build(_ plan: LogicalPlan) throws -> PhysicalOperator {
        if !WindowGroupLimitInference.passesThrough(plan) { pendingWindowGroupLimit = nil }
        let op = try buildNode(plan)
        // Operators that keep their input's columns keep its lineage; any other shape starts unknown.
        if lineage.count != op.schema.count { lineage = .unknown(op.schema.count) }
        lineage.aliases = aliases
        return op
    }

    private mutating func buildNode(_ plan: LogicalPlan) throws -> PhysicalOperator {
        switch plan {
        case .identified(let planId, let child):
            let op = try build(child)
            lineage = lineage.marked(planId)
            return op
        case .subqueryAlias(let name, let planId, let child):
            let op = try build(child)
            aliases[name, default: []].insert(planId)
            lineage = lineage.marked(planId)
            return op
        case .scan(let relation):
            lineage = .unknown(relation.scan.schema.count)
            nameOfCurrentStage = "\(relation.sourceName) scan"
            return .scan(relation, columns: Array(0..<relation.scan.schema.count), schema: relation.scan.schema)
        case .local(let relation):
            lineage = .unknown(relation.schema.count)
            nameOfCurrentStage = "local rows"
            return .local(relation)
        case .cached(let entry):
            guard let relation = entry.relation else { return try build(entry.child) }
            nameOfCurrentStage = "cached rdd \(entry.rddId)"
            return .local(relation)
        case .project(let expressions, let child):
            joinColumnsNeeded = child.isJoin ? Expression.referencedNames(expressions) : nil
            let input = Self.markingUsedOutputs(try build(child), readBy: expressions)
            if expressions.contains(where: \.containsGenerator) { return try buildGenerate(expressions, input) }
            let binder = binder(input.schema)
            let inputLineage = binder.lineage ?? .unknown(input.schema.count)
            var bound: [BoundExpression] = [], fields: [StructField] = [], origins: [Set<Int>] = []
            for written in expressions {
                let expression = binder.rewritingAsSparksAnalyzer(written)
                if case .star = expression {
                    for (i, field) in input.schema.fields.enumerated() {
                        bound.append(.column(index: i, type: field.dataType)); fields.append(field)
                    }
                    origins += inputLineage.planIds
                    continue
                }
                if case .column(let name) = expression, let indices = binder.qualifiedStar(name) {
                    for i in indices {
                        bound.append(.column(index: i, type: input.schema[i].dataType)); fields.append(input.schema[i])
                        origins.append(inputLineage.planIds[i])
                    }
                    continue
                }
                let b = try binder.bind(expression)
                bound.append(b)
                fields.append(StructField(outputName(expression, input.schema), b.dataType,
                                          nullable: nullable(b, input.schema)))
                // A plain reference is the same column (Spark keeps its attribute); anything else is new.
                switch (expression, b) {
                case (.column, .column(let i, _)), (.dataFrameColumn, .column(let i, _)),
                     (.columnAt, .column(let i, _)): origins.append(inputLineage.planIds[i])
                default: origins.append([])
                }
            }
            lineage = ColumnLineage(planIds: origins)
            return .project(bound, schema: StructType(fields), input)
        case .filter(let condition, let child):
            pendingWindowGroupLimit = WindowGroupLimitInference.infer(condition: condition, over: child)
            let input = try build(child)
            let binder = binder(input.schema)
            let bound = try binder.bind(binder.rewritingAsSparksAnalyzer(condition))
            return .filter(TypeCoercion.cast(bound, to: .boolean), input)
        case .limit(let n, let child):
            // Spark's LocalLimit in each partition, then GlobalLimit over one partition, so `df.limit(1)` under
            // another operator (`show`, `count`, a join) keeps one row in all, not one per partition.
            let local = PhysicalOperator.limit(n, try build(child))
            return .limit(n, exchange(local, .single, partitions: 1))
        case .aggregate(let groupBy, let output, let child):
            let built = try build(child)
            let (spec, input) = Self.pullingOutPartitionCalls(
                try AggregateBinder(input: built.schema, functions: functions, context: context, lineage: lineage)
                    .bind(groupBy: groupBy, output: output), from: built)
            lineage = .unknown(spec.outputSchema.count)
            if spec.calls.contains(where: { $0.function.needsCompleteMode }) {
                let partitioning: ExchangePartitioning = spec.keys.isEmpty ? .single : .hash(spec.keys)
                let read = exchange(input, partitioning, partitions: spec.keys.isEmpty ? 1 : shufflePartitions)
                nameOfCurrentStage = "aggregate"
                return .completeAggregate(spec, read)
            }
            let handle = ShuffleHandle(id: nextShuffleId, schema: spec.partialSchema,
                                       partitions: groupBy.isEmpty ? 1 : shufflePartitions)
            nextShuffleId += 1
            stages.append(StagePlan(root: input, output: .shuffleWrite(handle, spec), parents: pendingParents,
                                    name: nameOfCurrentStage))
            pendingParents = [stages.count - 1]
            nameOfCurrentStage = groupBy.isEmpty ? "aggregate" : "groupBy aggregate"
            return .finalAggregate(spec, .shuffleRead(handle))
        case .sort(let orders, let child):
            let input = try build(child)
            let binder = binder(input.schema)
            let keys = try orders.map { e -> SortKey in
                let (inner, direction) = SortKey.unwrap(e)
                return SortKey(expression: try binder.bind(inner), direction: direction)
            }
            let (pulled, extended) = Self.pullingOutPartitionCalls(keys.map(\.expression), from: input)
            guard extended.schema.count != input.schema.count else { return .sort(keys, exchange(input, .single, partitions: 1)) }
            // Sorted by the appended columns, which a projection then drops.
            let sorted = PhysicalOperator.sort(zip(pulled, keys).map { SortKey(expression: $0, direction: $1.direction) },
                                               exchange(extended, .single, partitions: 1))
            let kept = input.schema.fields.enumerated().map { BoundExpression.column(index: $0.offset, type: $0.element.dataType) }
            return .project(kept, schema: input.schema, sorted)
        case .union(let l, let r):
            let op = try buildUnion(l, r)
            lineage = .unknown(op.schema.count)
            return op
        case .repartition(let n, let keys, let child):
            let input = try build(child)
            let bound = try keys.map { try binder(input.schema).bind($0) }
            return exchange(input, bound.isEmpty ? .roundRobin() : .hash(bound), partitions: max(1, n), coalescible: false)
        case .coalesce(let n, let child):
            let input = try build(child)
            // Spark's coalesce never adds partitions: `coalesce(10**9)` keeps its input's.
            let partitions = min(max(1, n), StagePartitions().count(input))
            return exchange(input, partitions <= 1 ? .single : .contiguous, partitions: partitions, coalescible: false)
        case .join(let l, let r, let type, let criteria):
            return try buildJoin(l, r, type, criteria)
        case .window(let expressions, let child):
            let groupLimit = pendingWindowGroupLimit
            pendingWindowGroupLimit = nil
            return try buildWindow(expressions, child, groupLimit: groupLimit)
        case .sample(let sampling, let child):
            let input = try build(child)
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

    /// Both sides of a binary operator, each ending its own stage with an exchange.
    mutating func buildSides(_ l: LogicalPlan, _ r: LogicalPlan,
                             _ exchangeSide: (inout StageBuilder, PhysicalOperator, Bool) throws -> PhysicalOperator)
        throws -> (PhysicalOperator, PhysicalOperator) {
        let outer = pendingParents
        pendingParents = []
        let leftInput = try build(l)
        let left = try exchangeSide(&self, leftInput, true)
        let leftParents = pendingParents
        pendingParents = []
        let rightInput = try build(r)
        let right = try exchangeSide(&self, rightInput, false)
        pendingParents = outer + leftParents + pendingParents
        return (left, right)
    }

    /// An aggregate directly below a projection, told which of its outputs the projection reads.
    static func markingUsedOutputs(_ op: PhysicalOperator, readBy expressions: [Expression]) -> PhysicalOperator {
        func used(_ schema: StructType) -> Set<Int>? {
            guard let names = Expression.referencedNames(expressions) else { return nil }
            return Set(schema.fields.indices.filter { names.contains(schema[$0].name.lowercased()) })
        }
        switch op {
        case .finalAggregate(var spec, let child):
            spec.usedOutputs = used(spec.outputSchema)
            return .finalAggregate(spec, child)
        case .completeAggregate(var spec, let child):
            spec.usedOutputs = used(spec.outputSchema)
            return .completeAggregate(spec, child)
        default:
            return op
        }
    }

    func outputName(_ expression: Expression, _ schema: StructType) -> String {
        // A plain column keeps the spelling of the schema, not of the reference (`col("COUNTRY")` is `country`).
        switch expression {
        case .column(let name), .dataFrameColumn(let name, _):
            if let i = schema.index(of: name) { return schema[i].name }
            // A qualified name (`s.id`, after `df.alias("s")`) is its column's.
            if let dot = name.firstIndex(of: "."), let i = schema.index(of: String(name[name.index(after: dot)...])) {
                return schema[i].name
            }
        case .columnAt(let index, _):
            if schema.fields.indices.contains(index) { return schema[index].name }
        default: break
        }
        return expression.generatedName
    }

    func nullable(_ b: BoundExpression, _ schema: StructType) -> Bool {
        b.nullable(in: schema)
    }
}
