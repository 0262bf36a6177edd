import Testing
@testable import SparkbookEngine

/// Partition-aware calls in grouping and sort keys are computed below the operator, per input partition.
@Suite struct PlannerPartitionCallsTests {
    let schema = StructType([StructField("n", .long)])

    func local() -> LogicalPlan {
        .local(EngineTestData.relation(schema, (0..<7).map { [.long($0)] }, partitions: 2))
    }

    @Test func groupingByThePartitionIDCountsEachInputPartition() async throws {
        let key = Expression.function("spark_partition_id", [])
        let plan = LogicalPlan.sort([.column("SPARK_PARTITION_ID()")], global: true,
                                    .aggregate(groupBy: [key], output: [key, .aggregate(.count, .star)], local()))
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(rows == [[.integer(0), .long(4)], [.integer(1), .long(3)]])
    }

    @Test func sortingByRandKeepsTheInputColumnsOnly() async throws {
        let plan = LogicalPlan.sort([.function("rand", [.literal(.integer(4))])], global: true, local())
        #expect(try Planner().schema(of: plan).names == ["n"])
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(Set(rows.map { "\($0)" }).count == 7)
    }

    @Test func aNondeterministicAggregateArgumentIsSparksError() {
        let call = Expression.aggregate(.max, .function("monotonically_increasing_id", []))
        let error = #expect(throws: SparkError.self) { try Planner().schema(of: .aggregate(groupBy: [], output: [call], local())) }
        #expect(error?.errorClass == "AGGREGATE_FUNCTION_WITH_NONDETERMINISTIC_EXPRESSION")
    }
}
