import Testing
@testable import SparkbookEngine

/// Jobs as the scheduler sees them: stages in order, task counts, limits that read few partitions, failures.
struct QueryExecutorTests {
    static let schema = StructType([StructField("k", .string), StructField("v", .integer)])
    static let rows: [[Value]] = (0..<40).map { [.string("k\($0 % 3)"), .integer(Int32($0))] }
    static let local = LogicalPlan.local(EngineTestData.relation(schema, rows, partitions: 4))

    @Test func rowsComeBackInPartitionOrder() async throws {
        let (rows, scheduler) = try await EngineTestData.run(
            .project([.column("v")], .filter(.binary(.equal, .binary(.modulo, .column("v"), .literal(.integer(7))), .literal(.integer(0))), Self.local)))
        #expect(rows == [0, 7, 14, 21, 28, 35].map { [.integer($0)] })
        #expect(scheduler.stages.map(\.taskCount) == [4])
        #expect(scheduler.jobOutcomes == [true])
    }

    @Test func aLimitOverAScanReadsOnePartitionFirst() async throws {
        let (rows, scheduler) = try await EngineTestData.run(.limit(5, Self.local))
        #expect(rows == Array(Self.rows.prefix(5)))
        #expect(scheduler.stages.map(\.taskCount) == [1])
    }

    @Test func aLargerLimitScalesUpByFourPartitionsPerRound() async throws {
        let (rows, scheduler) = try await EngineTestData.run(.limit(15, Self.local))
        #expect(rows == Array(Self.rows.prefix(15)))
        #expect(scheduler.stages.map(\.taskCount) == [1, 3])
        #expect(scheduler.jobDescriptions == ["test", "test"])
    }

    @Test func aLimitLargerThanTheInputReturnsEverything() async throws {
        let (rows, _) = try await EngineTestData.run(.limit(1000, Self.local))
        #expect(rows == Self.rows)
    }

    @Test func limitZeroReturnsNothing() async throws {
        #expect(try await EngineTestData.run(.limit(0, Self.local)).rows.isEmpty)
    }

    /// When a job ends its shuffle blocks are freed at once (memory stays bounded, no later job reads them) and the
    /// scheduler hears each shuffle is unreferenced; when the files go is the ContextCleaner's schedule, not the
    /// engine's. A failed job's shuffles go the same way.
    @Test func aJobsShufflesAreFreedAndReportedUnreferencedWhenItEnds() async throws {
        let scheduler = RecordingScheduler()
        let executor = QueryExecutor(scheduler: scheduler, parallelism: 2)
        let grouped = LogicalPlan.aggregate(groupBy: [.column("k")], output: [.column("k"), .aggregate(.count, .star)],
                                            Self.local)
        _ = try await executor.collect(try Planner(shufflePartitions: 4).plan(grouped), description: "test")
        let written = scheduler.stages.compactMap(\.writesShuffle)
        #expect(!written.isEmpty)
        #expect(scheduler.calls == ["job 0 ended"] + written.map { "shuffle \($0) unreferenced" })
        for id in written { #expect(executor.shuffles.rowsPerPartition(shuffle: id, partitions: 4).allSatisfy { $0 == 0 }) }
    }

    @Test func aGroupByRunsAMapStageThenCoalescedReduceTasks() async throws {
        let plan = LogicalPlan.aggregate(groupBy: [.column("k")], output: [.column("k"), .aggregate(.count, .star)], Self.local)
        let (rows, scheduler) = try await EngineTestData.run(plan, shufflePartitions: 8)
        #expect(Set(rows) == [[.string("k0"), .long(14)], [.string("k1"), .long(13)], [.string("k2"), .long(13)]])
        let stages = scheduler.stages
        #expect(stages.count == 2)
        #expect(stages[0].taskCount == 4)
        #expect(stages[0].writesShuffle != nil)
        // A few bytes of shuffle output coalesce into one reduce task.
        #expect(stages[1].taskCount == 1)
        #expect(stages[1].readsShuffles == [stages[0].writesShuffle!])
        #expect(stages[0].shufflePartitionsBeforeCoalescing == nil)
        #expect(stages[1].shufflePartitionsBeforeCoalescing == 8)
    }

    @Test func aStageReadingUncoalescedPartitionsSaysNothingOfCoalescing() async throws {
        // A repartition's exchange is not coalescible: as many tasks as shuffle partitions.
        let (_, scheduler) = try await EngineTestData.run(.repartition(3, [], Self.local))
        #expect(scheduler.stages.map(\.taskCount) == [4, 3])
        #expect(scheduler.stages.map(\.shufflePartitionsBeforeCoalescing) == [nil, nil])
    }

    @Test func aLimitAfterAnAggregateAppliesToTheCollectedRows() async throws {
        let plan = LogicalPlan.limit(2, .aggregate(groupBy: [.column("k")], output: [.column("k")], Self.local))
        let (rows, scheduler) = try await EngineTestData.run(plan)
        #expect(rows.count == 2)
        #expect(scheduler.stages.count == 2)
    }

    struct FailingScan: DataScan {
        var schema: StructType { QueryExecutorTests.schema }
        var partitionCount: Int { 3 }
        func read(partition index: Int, columns: [Int]) throws -> RecordBatch {
            throw SparkError(.execution, errorClass: "FAILED_READ_FILE", message: "partition \(index) is unreadable")
        }
        var explainText: String { "FailingScan" }
    }

    @Test func aFailingTaskFailsTheJobWithItsError() async throws {
        let plan = LogicalPlan.scan(ScanRelation(scan: FailingScan(), sourceName: "failing"))
        let scheduler = RecordingScheduler()
        let executor = QueryExecutor(scheduler: scheduler, parallelism: 2)
        let error = await #expect(throws: SparkError.self) {
            _ = try await executor.collect(try Planner().plan(plan), description: "boom")
        }
        #expect(error?.errorClass == "FAILED_READ_FILE")
        #expect(scheduler.jobOutcomes == [false])
        #expect(scheduler.stages.map(\.name) == ["failing scan"])
    }
}
