import Testing
@testable import SparkbookEngine

/// `collect_list` and `collect_set` through the planner (complete mode: raw rows shuffled to the reducer).
@Suite struct AggregateAccumulatorTests {
    let schema = StructType([StructField("k", .string), StructField("v", .long)])
    let rows: [[Value]] = [[.string("a"), .long(1)], [.string("b"), .long(2)], [.string("a"), .long(3)],
                           [.string("a"), .null], [.string("a"), .long(1)]]

    func plan(_ output: [Expression], groupBy: [Expression]) -> LogicalPlan {
        .aggregate(groupBy: groupBy, output: output, .local(EngineTestData.relation(schema, rows, partitions: 1)))
    }

    @Test func collectListKeepsArrivalOrderAndDuplicatesSkippingNulls() async throws {
        let (out, _) = try await EngineTestData.run(plan([.column("k"), .aggregate(.collectList, .column("v"))],
                                                         groupBy: [.column("k")]))
        let byKey = Dictionary(uniqueKeysWithValues: out.map { ($0[0], $0[1]) })
        #expect(byKey[.string("a")] == .array([.long(1), .long(3), .long(1)]))
        #expect(byKey[.string("b")] == .array([.long(2)]))
    }

    @Test func collectSetKeepsFirstArrivals() async throws {
        let (out, _) = try await EngineTestData.run(plan([.aggregate(.collectSet, .column("v"))], groupBy: []))
        #expect(out == [[.array([.long(1), .long(2), .long(3)])]])
    }

    @Test func resultIsANonNullArrayOfNonNullElements() throws {
        let schema = try Planner().schema(of: plan([.aggregate(.collectList, .column("v"))], groupBy: []))
        #expect(schema[0].dataType == .array(element: .long, containsNull: false))
        #expect(!schema[0].nullable)
        #expect(schema[0].name == "collect_list(v)")
    }

    @Test func emptyInputCollectsAnEmptyArray() async throws {
        let empty = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.collectList, .column("v"))],
                                          .local(EngineTestData.relation(schema, [], partitions: 2)))
        let (out, _) = try await EngineTestData.run(empty)
        #expect(out == [[.array([])]])
    }
}
