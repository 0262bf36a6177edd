import SparkbookEngine
import Synchronization

/// A distributed collection of rows with a schema: an immutable logical plan plus the session that runs it.
/// Transformations return new DataFrames and run nothing; actions (`count`, `collect`, `show`) run jobs.
public struct DataFrame: Sendable {
    public let session: SparkSession
    public let plan: LogicalPlan
    /// This DataFrame's id (Spark's plan id): `df["id"]` carries it, so after a join it resolves to this side.
    public let planId: Int
    /// The resolved plan, kept once computed (`resolved()`).
    let analysis: DataFrameAnalysis

    public init(session: SparkSession, plan: LogicalPlan) {
        self.session = session
        self.plan = plan
        self.planId = Self.nextPlanId()
        self.analysis = DataFrameAnalysis()
    }

    private init(session: SparkSession, plan: LogicalPlan, resolved: ResolvedPlan, timeZone: String) {
        self.session = session
        self.plan = plan
        self.planId = Self.nextPlanId()
        self.analysis = DataFrameAnalysis(resolved, timeZone: timeZone)
    }

    private static let planIds = Mutex(0)

    static func nextPlanId() -> Int {
        planIds.withLock { next in defer { next += 1 }; return next }
    }

    /// `df.alias("s")`: the same rows, whose columns can now be named `s.column` (`F.col("s.id")`, `select("s.*")`),
    /// which is how a self-join tells its two sides apart.
    public func alias(_ name: String) -> DataFrame {
        DataFrame(session: session, plan: .subqueryAlias(name, planId: Self.nextPlanId(), plan))
    }

    /// `df["name"]` / `df.name`: the column as this DataFrame's, checked now as PySpark checks it (a typo lists
    /// every column, in order).
    public func column(_ name: String) throws -> Column {
        let names = try columns()
        guard names.contains(name) || names.contains(where: { $0.lowercased() == name.lowercased() }) else {
            throw SparkError.unresolvedColumn(name, candidates: names, ranked: false)
        }
        return Column(.dataFrameColumn(name, planId: planId))
    }

    /// The schema, resolved now so that a bad column name fails at the line that used it, as in PySpark.
    public func schema() throws -> StructType {
        try resolved().schema
    }

    /// The resolved plan: kept from when the DataFrame was made, analysed again only if it went stale.
    public func resolved() throws -> ResolvedPlan {
        let planner = session.planner()
        let timeZone = planner.context.sessionTimeZone
        if let kept = analysis.current(timeZone: timeZone) { return kept }
        let fresh = try planner.analyze(plan)
        analysis.store(fresh, timeZone: timeZone)
        return fresh
    }

    public func columns() throws -> [String] { try schema().names }

    public func dtypes() throws -> [(String, String)] {
        try schema().fields.map { ($0.name, $0.dataType.simpleString) }
    }

    /// A DataFrame of the node `make` puts over this one's plan, resolved now (analysis errors surface at the
    /// line that caused them) and only that node: this DataFrame's resolved plan is reused below it.
    func derive(_ make: (LogicalPlan) -> LogicalPlan) throws -> DataFrame {
        let parent = try resolved()
        let planner = session.planner()
        let resolved = try planner.analyze(make(.analyzed(parent)))
        return DataFrame(session: session, plan: make(plan), resolved: resolved,
                         timeZone: planner.context.sessionTimeZone)
    }

    /// `derive` for a node over this DataFrame and another one (a join, a union).
    func derive(with other: DataFrame, _ make: (LogicalPlan, LogicalPlan) -> LogicalPlan) throws -> DataFrame {
        let mine = try resolved(), theirs = try other.resolved()
        let planner = session.planner()
        let resolved = try planner.analyze(make(.analyzed(mine), .analyzed(theirs)))
        return DataFrame(session: session, plan: make(plan, other.plan), resolved: resolved,
                         timeZone: planner.context.sessionTimeZone)
    }

    /// `derive` for a plan that does not stand directly on this DataFrame's: resolved whole.
    func derive(_ plan: LogicalPlan) throws -> DataFrame {
        let frame = DataFrame(session: session, plan: plan)
        _ = try frame.resolved()
        return frame
    }

    // MARK: Transformations

    public func select(_ columns: [Column]) throws -> DataFrame {
        if columns.contains(where: { $0.expression.containsWindow }) {
            return try derive { .window(columns.map(\.expression), $0) }
        }
        if columns.contains(where: { $0.expression.containsAggregate }) {
            return try derive { .aggregate(groupBy: [], output: columns.map(\.expression), $0) }
        }
        return try derive { .project(columns.map(\.expression), $0) }
    }

    public func filter(_ condition: Column) throws -> DataFrame {
        try derive { .filter(condition.expression, $0) }
    }

    public func withColumn(_ name: String, _ column: Column) throws -> DataFrame {
        let names = try columns()
        let aliased = Expression.alias(column.expression, name: name)
        guard let i = names.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
            // A new column goes after all of them (`*`, so a joined frame's duplicate names stay unambiguous).
            return try derive { column.expression.containsWindow ? .window([.star, aliased], $0) : .project([.star, aliased], $0) }
        }
        var outputs = names.map { Expression.column($0) }
        outputs[i] = aliased
        if column.expression.containsWindow { return try derive { .window(outputs, $0) } }
        return try derive { .project(outputs, $0) }
    }

    public func limit(_ n: Int) throws -> DataFrame {
        guard n >= 0 else {
            throw SparkError(.analysis, errorClass: "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE",
                             message: "The limit like expression \"\(n)\" is invalid. The limit expression must be equal to or greater than 0, but got \(n).",
                             sqlState: "42K0E")
        }
        return try derive { .limit(n, $0) }
    }

    public func groupBy(_ columns: [Column]) throws -> GroupedData {
        if let (exploded, keys) = try explodingTimeWindows(columns) { return try exploded.groupBy(keys) }
        // The keys resolve as the aggregate will resolve them (so `groupBy(df2.id)` after a join finds its side).
        let keys = columns.map(\.expression)
        _ = try session.planner().analyze(.aggregate(groupBy: keys, output: keys, .analyzed(try resolved())))
        return GroupedData(frame: self, keys: columns)
    }

    // MARK: Actions

    /// Runs the plan and returns its batches.
    public func collectBatches(description: String = "collect") async throws -> [RecordBatch] {
        // A CSV schema inferred from a sample may be widened by the read (CSVSchemaWidened): plan again.
        // The kept resolved plan then goes stale (`resolved()` analyses it again).
        for _ in 0..<3 {
            do {
                try await CacheMaterializer(session: session).materialize(plan)
                return try await session.executor.collect(session.planner().plan(try resolved()), description: description)
            } catch is CSVSchemaWidened {
                continue
            }
        }
        try await CacheMaterializer(session: session).materialize(plan)
        return try await session.executor.collect(session.planner().plan(try resolved()), description: description)
    }

    public func collect() async throws -> [Row] {
        let names = try columns()
        return try await collectBatches().flatMap { batch in
            (0..<batch.rowCount).map { Row(names: names, values: batch.row($0)) }
        }
    }

    public func take(_ n: Int) async throws -> [Row] {
        try await limit(n).collect()
    }

    /// The number of rows, run as a global count aggregate over this plan, as Spark does.
    public func count() async throws -> Int64 {
        let counted = try derive { .aggregate(groupBy: [], output: [.aggregate(.count, .star)], $0) }
        let batches = try await counted.collectBatches(description: "count")
        return batches.first.flatMap { $0.rowCount > 0 ? $0.columns[0].value(at: 0).int64Value : nil } ?? 0
    }
}
