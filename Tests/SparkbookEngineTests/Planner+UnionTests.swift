import Testing
@testable import SparkbookEngine

/// `union` is narrow, as Spark's UnionExec: no exchange, its partitions are its children's in turn.
struct PlannerUnionTests {
    static let schema = StructType([StructField("k", .string), StructField("v", .integer)])
    static func local(_ first: Int, _ count: Int, partitions: Int) -> LogicalPlan {
        let rows: [[Value]] = (first..<(first + count)).map { [.string("k\($0 % 3)"), .integer(Int32($0))] }
        return .local(EngineTestData.relation(schema, rows, partitions: partitions))
    }
    static let left = local(0, 4, partitions: 1)
    static let right = local(100, 6, partitions: 2)

    @Test func aUnionStaysInOneStageWithItsChildrensPartitions() throws {
        let plan = try Planner().plan(.union(Self.left, Self.right))
        #expect(plan.stages.count == 1)
        #expect(plan.stages[0].leafPartitionCount == 3)
        #expect(plan.stages[0].name == "union")
        guard case .concat(let children, _) = plan.stages[0].root else {
            Issue.record("expected a union at the root, got \(plan.stages[0].root)"); return
        }
        #expect(children.count == 2)
    }

    @Test func aUnionOfUnionsIsOneUnionOverEveryChild() throws {
        let plan = try Planner().plan(.union(.union(Self.left, Self.right), Self.left))
        guard case .concat(let children, _) = plan.stages[0].root else {
            Issue.record("expected a union at the root, got \(plan.stages[0].root)"); return
        }
        #expect(children.count == 3)
        #expect(plan.stages[0].leafPartitionCount == 4)
    }

    @Test func aUnionRunsATaskPerInputPartitionLeftRowsFirst() async throws {
        let (rows, scheduler) = try await EngineTestData.run(.union(Self.left, Self.right))
        #expect(scheduler.stages.map(\.taskCount) == [3])
        #expect(rows.map { $0[1] } == ([0, 1, 2, 3] + Array(100..<106)).map { Value.integer(Int32($0)) })
    }

    @Test func aGroupByOverAUnionPartiallyAggregatesEveryInputPartition() async throws {
        let plan = LogicalPlan.aggregate(groupBy: [.column("k")], output: [.column("k"), .aggregate(.count, .star)],
                                         .union(Self.left, Self.right))
        let (rows, scheduler) = try await EngineTestData.run(plan)
        #expect(scheduler.stages.map(\.taskCount) == [3, 1])
        #expect(Set(rows) == [[.string("k0"), .long(4)], [.string("k1"), .long(3)], [.string("k2"), .long(3)]])
    }

    @Test func aUnionOverAnAggregateReadsItsShuffleInItsOwnTasks() async throws {
        let plan = LogicalPlan.union(.aggregate(groupBy: [.column("k")],
                                                output: [.column("k"), .aggregate(.max, .column("v"))], Self.left),
                                     Self.right)
        let (rows, scheduler) = try await EngineTestData.run(plan, shufflePartitions: 8)
        // The map stage, then the union: the aggregate's 8 reduce partitions coalesced into 1, then 2 partitions.
        #expect(scheduler.stages.map(\.taskCount) == [1, 3])
        #expect(scheduler.stages[1].shufflePartitionsBeforeCoalescing == 10)
        #expect(scheduler.stages[1].readsShuffles == [scheduler.stages[0].writesShuffle!])
        #expect(rows.count == 3 + 6)
        #expect(Array(rows.suffix(6)).map { $0[1] } == (100..<106).map { Value.integer(Int32($0)) })
    }

    @Test func aFilterOverAUnionFiltersEveryChildInTheSameStage() async throws {
        let plan = LogicalPlan.filter(.binary(.less, .column("v"), .literal(.integer(102))), .union(Self.left, Self.right))
        let physical = try Planner().plan(plan)
        guard case .concat(let children, _) = physical.stages[0].root else {
            Issue.record("the filter should move below the union: \(physical.stages[0].root)"); return
        }
        for child in children {
            guard case .filter = child else { Issue.record("each child should be filtered: \(child)"); return }
        }
        #expect(try await EngineTestData.run(plan).rows.count == 6)
    }
}
