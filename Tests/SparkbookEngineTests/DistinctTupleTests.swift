import Testing
@testable import SparkbookEngine

@Suite struct DistinctTupleTests {
    let schema = StructType([StructField("x", .integer), StructField("s", .string)])
    let rows: [[Value]] = [[.integer(1), .string("a")], [.integer(1), .string("a")], [.integer(1), .string("b")],
                           [.null, .string("a")], [.integer(2), .null]]

    @Test func countsDistinctCombinationsSkippingRowsWithANull() async throws {
        let count = Expression.aggregate(.countDistinct, DistinctTuple.argument([.column("x"), .column("s")]))
        let plan = LogicalPlan.aggregate(groupBy: [], output: [count], .local(EngineTestData.relation(schema, rows, partitions: 2)))
        let (out, _) = try await EngineTestData.run(plan)
        #expect(out == [[.long(2)]])
        #expect(try Planner().schema(of: plan)[0].name == "count(DISTINCT x, s)")
    }

    @Test func oneColumnIsTheColumnItself() {
        #expect(DistinctTuple.argument([.column("x")]) == .column("x"))
    }
}
