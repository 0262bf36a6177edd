/// Turns a logical plan into stages split at shuffles, resolving names and types on the way (the analyzer
/// and the planner are one pass here: every node is bound against its child's schema).
public struct Planner: Sendable {
    /// `spark.sql.shuffle.partitions`: reduce partitions before adaptive coalescing.
    public let shufflePartitions: Int

    public init(shufflePartitions: Int = 200) {
        self.shufflePartitions = shufflePartitions
    }

    /// The output schema of a plan; throws Spark's analysis errors.
    public func schema(of plan: LogicalPlan) throws -> StructType {
        var builder = StageBuilder(shufflePartitions: shufflePartitions)
        return try builder.build(plan).schema
    }

    public func plan(_ plan: LogicalPlan) throws -> PhysicalPlan {
        var builder = StageBuilder(shufflePartitions: shufflePartitions)
        let root = try builder.build(plan)
        var limit: Int?
        if case .limit(let n, _) = root { limit = n }
        builder.stages.append(StagePlan(root: root, output: .result, parents: builder.pendingParents,
                                        name: builder.nameOfCurrentStage))
        // Each stage's scan reads only the columns the stage uses (FastPath/ColumnPruning).
        return PhysicalPlan(stages: builder.stages.map(ColumnPruning.prune), limit: limit)
    }
}

/// Accumulates stages while walking a logical plan bottom-up.
struct StageBuilder {
    let shufflePartitions: Int
    var stages: [StagePlan] = []
    var pendingParents: [Int] = []
    var nameOfCurrentStage = "collect"
    private var nextShuffleId = 0

    init(shufflePartitions: Int) {
        self.shufflePartitions = shufflePartitions
    }

    mutating func build(_ plan: LogicalPlan) throws -> PhysicalOperator {
        switch plan {
        case .scan(let relation):
            nameOfCurrentStage = "\(relation.sourceName) scan"
            return .scan(relation, columns: Array(0..<relation.scan.schema.count), schema: relation.scan.schema)
        case .local(let relation):
            nameOfCurrentStage = "local rows"
            return .local(relation)
        case .project(let expressions, let child):
            let input = try build(child)
            let binder = ExpressionBinder(schema: input.schema)
            var bound: [BoundExpression] = [], fields: [StructField] = []
            for expression in expressions {
                if case .star = expression {
                    for (i, field) in input.schema.fields.enumerated() {
                        bound.append(.column(index: i, type: field.dataType)); fields.append(field)
                    }
                    continue
                }
                let b = try binder.bind(expression)
                bound.append(b)
                fields.append(StructField(outputName(expression, input.schema), b.dataType,
                                          nullable: nullable(b, input.schema)))
            }
            return .project(bound, schema: StructType(fields), input)
        case .filter(let condition, let child):
            let input = try build(child)
            let bound = try ExpressionBinder(schema: input.schema).bind(condition)
            return .filter(TypeCoercion.cast(bound, to: .boolean), input)
        case .limit(let n, let child):
            return .limit(n, try build(child))
        case .aggregate(let groupBy, let output, let child):
            let input = try build(child)
            let spec = try AggregateBinder(input: input.schema).bind(groupBy: groupBy, output: output)
            let handle = ShuffleHandle(id: nextShuffleId, schema: spec.partialSchema,
                                       partitions: groupBy.isEmpty ? 1 : shufflePartitions)
            nextShuffleId += 1
            stages.append(StagePlan(root: input, output: .shuffleWrite(handle, spec), parents: pendingParents,
                                    name: nameOfCurrentStage))
            pendingParents = [stages.count - 1]
            nameOfCurrentStage = groupBy.isEmpty ? "aggregate" : "groupBy aggregate"
            return .finalAggregate(spec, .shuffleRead(handle))
        }
    }

    private func outputName(_ expression: Expression, _ schema: StructType) -> String {
        // A plain column keeps the spelling of the schema, not of the reference (`col("COUNTRY")` is `country`).
        if case .column(let name) = expression, let i = schema.index(of: name) { return schema[i].name }
        return expression.generatedName
    }

    private func nullable(_ b: BoundExpression, _ schema: StructType) -> Bool {
        if case .column(let i, _) = b { return schema[i].nullable }
        return b.nullable
    }
}
