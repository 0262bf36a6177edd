import Synchronization

/// Resolves a `LogicalPlan` (names, as the DataFrame API wrote them) into a `ResolvedPlan` (bound expressions
/// and output attributes), throwing Spark's analysis errors. Each node is resolved once over its resolved
/// children; a subtree already resolved (`LogicalPlan.analyzed`, a DataFrame's cached plan) is reused as it is,
/// so a chain of N transformations costs O(N) (Spark's analyzer skips `analyzed` subtrees the same way).
public struct Analyzer: Sendable {
    public let functions: FunctionRegistry
    public let context: FunctionContext
    /// Counts the nodes this analyzer resolves (tests check the work is linear in the chain's length).
    public let visits: AnalyzerVisits?

    public init(functions: FunctionRegistry = .builtIn, context: FunctionContext = FunctionContext(),
                visits: AnalyzerVisits? = nil) {
        self.functions = functions
        self.context = context
        self.visits = visits
    }

    public func resolve(_ plan: LogicalPlan) throws -> ResolvedPlan {
        if case .analyzed(let resolved) = plan { return resolved }
        visits?.add()
        switch plan {
        case .analyzed(let resolved): return resolved
        case .identified(let planId, let child):
            let input = try resolve(child)
            return Self.passThrough(input, lineage: input.lineage.marked(planId))
        case .subqueryAlias(let name, let planId, let child):
            let input = try resolve(child)
            var lineage = input.lineage.marked(planId)
            lineage.aliases[name, default: []].insert(planId)
            return ResolvedPlan(.subqueryAlias(name, input), schema: input.schema, lineage: lineage)
        case .scan(let relation):
            return ResolvedPlan(.scan(relation), schema: relation.scan.schema,
                                lineage: .unknown(relation.scan.schema.count))
        case .local(let relation):
            return ResolvedPlan(.local(relation), schema: relation.schema, lineage: .unknown(relation.schema.count))
        case .cached(let entry):
            let input = try resolve(entry.child)
            return ResolvedPlan(.cached(entry, input), schema: input.schema, lineage: input.lineage)
        case .project(let expressions, let child):
            let input = try resolve(child)
            if expressions.contains(where: \.containsGenerator) { return try resolveGenerate(expressions, input) }
            return try resolveProject(expressions, input)
        case .filter(let condition, let child):
            let input = try resolve(child)
            let binder = binder(input)
            let bound = try binder.bind(binder.rewritingAsSparksAnalyzer(condition))
            return Self.keeping(input, .filter(TypeCoercion.cast(bound, to: .boolean), input))
        case .limit(let n, let child):
            let input = try resolve(child)
            return Self.keeping(input, .limit(n, input))
        case .aggregate(let groupBy, let output, let child):
            return try resolveAggregate(groupBy, output, try resolve(child))
        case .sort(let orders, let global, let child):
            return try resolveSort(orders, global: global, try resolve(child))
        case .union(let l, let r):
            return try resolveUnion(try resolve(l), try resolve(r))
        case .repartition(let n, let keys, let child):
            let input = try resolve(child)
            let binder = binder(input)
            return Self.keeping(input, .repartition(n, try keys.map { try binder.bind($0) }, input))
        case .coalesce(let n, let child):
            let input = try resolve(child)
            return Self.keeping(input, .coalesce(n, input))
        case .join(let l, let r, let type, let criteria):
            return try resolveJoin(try resolve(l), try resolve(r), type, criteria)
        case .window(let expressions, let child):
            return try resolveWindow(expressions, try resolve(child))
        case .sample(let sampling, let child):
            // A sample that sorts its partition first (`randomSplit`) sorts in the physical plan.
            let input = try resolve(child)
            return Self.keeping(input, .sample(sampling, input))
        }
    }

    /// A binder over `input`'s output, which knows its columns' lineage (`df["id"]`) and aliases (`s.id`).
    func binder(_ input: ResolvedPlan) -> ExpressionBinder {
        ExpressionBinder(schema: input.schema, functions: functions, context: context, lineage: input.lineage)
    }

    /// A node with its input's columns and lineage.
    static func keeping(_ input: ResolvedPlan, _ node: ResolvedNode) -> ResolvedPlan {
        ResolvedPlan(node, schema: input.schema, lineage: input.lineage)
    }

    /// `input` itself under another lineage (a plan id mark adds no operator).
    static func passThrough(_ input: ResolvedPlan, lineage: ColumnLineage) -> ResolvedPlan {
        guard lineage != input.lineage else { return input }
        return ResolvedPlan(input.node, schema: input.schema, lineage: lineage)
    }

    /// The lineage of a node whose output is `count` columns: its input's when the shape is the same (as the
    /// one-pass planner kept it), else unknown; the aliases in scope stay.
    static func lineage(_ input: ResolvedPlan, count: Int) -> ColumnLineage {
        input.lineage.count == count ? input.lineage : newColumns(input, count: count)
    }

    /// `count` new columns of no DataFrame's; the aliases in scope stay.
    static func newColumns(_ input: ResolvedPlan, count: Int) -> ColumnLineage {
        var unknown = ColumnLineage.unknown(count)
        unknown.aliases = input.lineage.aliases
        return unknown
    }
}

/// A thread-safe count of the nodes an analyzer resolved.
public final class AnalyzerVisits: Sendable {
    private let count = Mutex(0)
    public init() {}
    public var value: Int { count.withLock { $0 } }
    func add() { count.withLock { $0 += 1 } }
}
