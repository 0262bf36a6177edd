/// The query compiler's entry: a `LogicalPlan` is analyzed (`Analyzer`: names and types resolved), optimized
/// (`Optimizer`: rules on the resolved logical plan) and planned (`PhysicalPlanner`: operators chosen, stages
/// split at exchanges). A DataFrame keeps its resolved plan, so an action starts from `plan(_: ResolvedPlan)`.
public struct Planner: Sendable {
    /// `spark.sql.shuffle.partitions`: reduce partitions before adaptive coalescing.
    public let shufflePartitions: Int
    public let functions: FunctionRegistry
    public let context: FunctionContext
    public let visits: AnalyzerVisits?

    public init(shufflePartitions: Int = 200, functions: FunctionRegistry = .builtIn,
                context: FunctionContext = FunctionContext(), visits: AnalyzerVisits? = nil) {
        self.shufflePartitions = shufflePartitions
        self.functions = functions
        self.context = context
        self.visits = visits
    }

    public var analyzer: Analyzer { Analyzer(functions: functions, context: context, visits: visits) }

    /// The resolved plan; throws Spark's analysis errors.
    public func analyze(_ plan: LogicalPlan) throws -> ResolvedPlan {
        try analyzer.resolve(plan)
    }

    /// The output schema of a plan; throws Spark's analysis errors.
    public func schema(of plan: LogicalPlan) throws -> StructType {
        try analyze(plan).schema
    }

    /// The output column a plain reference resolves to (`df1.id` on a join picks df1's side); nil for anything
    /// that is not a column reference.
    public func columnIndex(of expression: Expression, in plan: ResolvedPlan) throws -> Int? {
        guard case .column(let index, _) = try analyzer.binder(plan).bind(expression) else { return nil }
        return index
    }

    public func columnIndex(of expression: Expression, in plan: LogicalPlan) throws -> Int? {
        try columnIndex(of: expression, in: analyze(plan))
    }

    public func plan(_ plan: LogicalPlan) throws -> PhysicalPlan {
        self.plan(try analyze(plan))
    }

    /// The optimized logical plan of a resolved one.
    public func optimize(_ plan: ResolvedPlan) -> ResolvedPlan {
        Optimizer(context: context).optimize(plan)
    }

    public func plan(_ resolved: ResolvedPlan) -> PhysicalPlan {
        var planner = PhysicalPlanner(shufflePartitions: shufflePartitions)
        return planner.plan(optimize(resolved))
    }

    /// The physical plan `explain` draws: each cached DataFrame as the scan of its cache.
    public func planForExplain(_ resolved: ResolvedPlan) -> PhysicalPlan {
        var planner = PhysicalPlanner(shufflePartitions: shufflePartitions, drawsCachesAsScans: true)
        return planner.plan(optimize(resolved))
    }
}
