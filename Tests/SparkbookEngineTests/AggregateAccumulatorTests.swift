import Testing
@testable import SparkbookEngine

/// `collect_list` and `collect_set` through the planner (a partial per map partition, merged in the final step).
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

    @Test func collectSetDropsDuplicatesAndNulls() async throws {
        let (out, _) = try await EngineTestData.run(plan([.aggregate(.collectSet, .column("v"))], groupBy: []))
        #expect(out == [[.array([.long(1), .long(2), .long(3)])]])
    }

    @Test func collectSetMergesPartialsInScalaHashSetOrder() async throws {
        // Two map partitions of 11 distinct values: each partial fits 16 buckets, and so does their merge
        // (`++=` sizes for the incoming partial only), so 16 follows 0 in bucket 0.
        let values = (0..<22).map { [Value.string("k"), .long(Int64(21 - $0))] }
        let twoMaps = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.collectSet, .column("v"))],
                                            .local(EngineTestData.relation(schema, values, partitions: 2)))
        let (out, _) = try await EngineTestData.run(twoMaps)
        let expected: [Value] = [0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map { .long($0) }
        #expect(out == [[.array(expected)]])
    }

    @Test func aSketchOverABareColumnCountsItsValues() async throws {
        // `agg({"v": "hll_sketch_agg"})` and SQL reach the aggregate with the column itself, not a SketchArgument:
        // every row still goes into the sketch (three distinct non-null values).
        let (out, _) = try await EngineTestData.run(plan(
            [.function("hll_sketch_estimate", [.aggregate(.hllSketchAgg, .column("v"))])], groupBy: []))
        #expect(out == [[.long(3)]])
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

/// `first`/`last` with `ignorenulls=True` skip nulls; without, they keep whatever comes first or last.
@Suite struct AggregateAccumulatorIgnoreNullsTests {
    func run(_ function: AggregateFunction, _ values: [Value]) throws -> Value {
        var b = ColumnBuilder(type: .long)
        values.forEach { b.append($0) }
        var accumulator = AggregateAccumulator(call: AggregateCall(function: function, input: .column(index: 0, type: .long)))
        accumulator.addGroup()
        try accumulator.update(b.finish(), rowCount: values.count, groupIds: [Int](repeating: 0, count: values.count))
        return try accumulator.finalColumn(groups: [0]).value(at: 0)
    }

    @Test func ignoringNullsTakesTheFirstAndLastValues() throws {
        let values: [Value] = [.null, .long(2), .long(3), .null]
        #expect(try run(.first, values) == .null)
        #expect(try run(.firstIgnoreNulls, values) == .long(2))
        #expect(try run(.last, values) == .null)
        #expect(try run(.lastIgnoreNulls, values) == .long(3))
        #expect(try run(.firstIgnoreNulls, [.null, .null]) == .null)
    }

    @Test func populationVarianceDividesByN() throws {
        #expect(try run(.variancePop, [.long(1), .long(2), .long(3), .null]) == .double(2.0 / 3.0))
        #expect(try run(.variancePop, [.null]) == .null)
    }

    @Test func ignoringNullsKeepsSparksName() {
        #expect(Expression.aggregate(.firstIgnoreNulls, .column("x")).generatedName == "first(x)")
        #expect(AggregateFunction(sqlName: "first_ignore_nulls") == nil)
        #expect(AggregateFunction(sqlName: "var_pop") == .variancePop)
    }
}

/// Spark's ObjectHashAggregate falls back to sort-based aggregation once 128 groups are held and rows still come.
@Suite struct CollectSortFallbackTests {
    let schema = StructType([StructField("k", .integer), StructField("v", .long)])

    func collect(_ function: AggregateFunction, _ rows: [[Value]]) async throws -> [Value: Value] {
        let plan = LogicalPlan.aggregate(groupBy: [.column("k")], output: [.column("k"), .aggregate(function, .column("v"))],
                                         .local(EngineTestData.relation(schema, rows, partitions: 1)))
        let (out, _) = try await EngineTestData.run(plan)
        return Dictionary(uniqueKeysWithValues: out.map { ($0[0], $0[1]) })
    }

    @Test func rowsAfterTheHundredTwentyEighthGroupComeFirstInAList() async throws {
        // 200 groups, three passes: group 0's first value is in the hash map, the other two come after the fallback.
        let rows = (0..<600).map { [Value.integer(Int32($0 % 200)), .long(Int64($0))] }
        let lists = try await collect(.collectList, rows)
        #expect(lists[.integer(0)] == .array([.long(200), .long(400), .long(0)]))
        #expect(lists[.integer(199)] == .array([.long(199), .long(399), .long(599)]))
    }

    @Test func noFallbackWhenTheLastRowMakesTheHundredTwentyEighthGroup() async throws {
        let rows = (0..<127).map { [Value.integer(Int32($0)), .long(1)] } + [[.integer(0), .long(2)], [.integer(127), .long(3)]]
        let lists = try await collect(.collectList, rows)
        #expect(lists[.integer(0)] == .array([.long(1), .long(2)]))
    }
}

extension CollectSortFallbackTests {
    @Test func groupsLeaveInKeyOrderAfterTheFallback() async throws {
        let schema = StructType([StructField("k", .string), StructField("v", .long)])
        let keys = (0..<130).map { "g\(($0 * 7) % 130)" }
        // Two maps of 65 groups each stay under the threshold; the final step sees all 130 and falls back.
        let rows = keys.map { [Value.string($0), .long(1)] }
        let plan = LogicalPlan.aggregate(groupBy: [.column("k")], output: [.column("k"), .aggregate(.collectList, .column("v"))],
                                         .local(EngineTestData.relation(schema, rows, partitions: 2)))
        let (out, _) = try await EngineTestData.run(plan, shufflePartitions: 1)
        #expect(out.map { $0[0] } == keys.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }.map { .string($0) })
    }

    @Test func groupsLeaveInArrivalOrderWithoutTheFallback() async throws {
        let schema = StructType([StructField("k", .string), StructField("v", .long)])
        let keys = ["b", "c", "a"]
        let plan = LogicalPlan.aggregate(groupBy: [.column("k")], output: [.column("k"), .aggregate(.collectList, .column("v"))],
                                         .local(EngineTestData.relation(schema, keys.map { [.string($0), .long(1)] }, partitions: 1)))
        let (out, _) = try await EngineTestData.run(plan, shufflePartitions: 1)
        #expect(out.map { $0[0] } == keys.map { .string($0) })
    }
}
