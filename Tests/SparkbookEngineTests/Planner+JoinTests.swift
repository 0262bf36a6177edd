import Testing
@testable import SparkbookEngine

/// A broadcast hash join runs as Spark's does: the build side collected into one partition every task reads, the
/// streamed side in its own partitions with no exchange, rows in the streamed side's order.
struct PlannerJoinTests {
    static let schema = StructType([StructField("k", .long), StructField("v", .string)])
    static let rows: [[Value]] = [
        [.long(1), .string("a")], [.long(2), .string("b")], [.long(1), .string("c")],
        [.long(3), .string("d")], [.null, .string("e")], [.long(1), .string("f")],
    ]

    /// The streamed side: rows in memory, three partitions (of unknown size, so never the build side).
    static let streamed = LogicalPlan.local(EngineTestData.relation(schema, rows, partitions: 3))
    /// The build side: a global aggregate, one small row (`k` = 1).
    static let build = LogicalPlan.aggregate(groupBy: [], output: [.alias(.aggregate(.min, .column("k")), name: "k")], streamed)

    @Test func theStreamedSideKeepsItsPartitionsAndTheBuildSideIsBroadcast() async throws {
        let plan = LogicalPlan.join(Self.streamed, Self.build, .inner, .using(["k"]))
        let physical = try Planner(shufflePartitions: 4).plan(plan)
        let final = physical.stages[physical.stages.count - 1]
        guard case .hashJoin(let spec, _, .shuffleRead(let handle)) = final.root else {
            Issue.record("expected a join over a broadcast read")
            return
        }
        #expect(spec.strategy == .broadcastHash(buildLeft: false))
        #expect(handle.broadcast)
        #expect(StagePartitions().count(final.root) == 3)
        let (out, scheduler) = try await EngineTestData.run(plan, shufflePartitions: 4)
        #expect(out == [[.long(1), .string("a")], [.long(1), .string("c")], [.long(1), .string("f")]])
        // The aggregate's two stages, then the join in the streamed side's three tasks.
        #expect(scheduler.stages.last?.taskCount == 3)
    }
}
