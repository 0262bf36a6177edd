import Testing
@testable import SparkbookEngine

/// The aggregates `AggregateCallBuilder` builds, through the planner: Spark 4.3's names, types and answers
/// (recorded from PySpark over the same rows).
@Suite struct AggregateCallBuilderTests {
    let schema = StructType([StructField("a", .integer), StructField("b", .double), StructField("s", .string),
                             StructField("f", .boolean)])
    let rows: [[Value]] = [
        [.integer(1), .double(2.5), .string("a"), .boolean(true)],
        [.integer(2), .null, .string("b"), .boolean(false)],
        [.integer(3), .double(4.0), .null, .null],
        [.integer(1), .double(1.0), .string("a"), .boolean(true)],
    ]

    func call(_ name: String, _ args: Expression...) throws -> Expression {
        try #require(try AggregateCallBuilder.build(name, args))
    }

    /// The one row and schema of a global aggregate over `rows` split into `partitions` map tasks.
    func run(_ output: [Expression], partitions: Int = 2) async throws -> (row: [Value], schema: StructType) {
        let plan = LogicalPlan.aggregate(groupBy: [], output: output,
                                         .local(EngineTestData.relation(schema, rows, partitions: partitions)))
        let (out, _) = try await EngineTestData.run(plan)
        return (try #require(out.first), try Planner().schema(of: plan))
    }

    @Test func booleanBitwiseAndCountingAggregates() async throws {
        let (row, schema) = try await run([
            try call("count_if", .binary(.greater, .column("a"), .literal(.integer(1)))),
            try call("bool_and", .column("f")), try call("bool_or", .column("f")), try call("every", .column("f")),
            try call("some", .column("f")), try call("bit_and", .column("a")), try call("bit_or", .column("a")),
            try call("bit_xor", .column("a")), .aggregate(.product, .column("a")), .aggregate(.product, .column("b")),
        ])
        #expect(row == [.long(2), .boolean(false), .boolean(true), .boolean(false), .boolean(true), .integer(0),
                        .integer(3), .integer(1), .double(6), .double(10)])
        #expect(schema.fields.map(\.name) == ["count_if((a > 1))", "bool_and(f)", "bool_or(f)", "every(f)", "some(f)",
                                              "bit_and(a)", "bit_or(a)", "bit_xor(a)", "product(a)", "product(b)"])
        #expect(!schema[0].nullable)
        #expect(schema[5].dataType == .integer)
    }

    @Test func valueAggregatesAndTheirNames() async throws {
        let (row, schema) = try await run([
            try call("mode", .column("s")), try call("max_by", .column("s"), .column("a")),
            try call("min_by", .column("s"), .column("b")), .aggregate(.sumDistinct, .column("a")),
            try call("try_sum", .column("a")), try call("try_avg", .column("b")), try call("any_value", .column("s")),
            try call("array_agg", .column("a")), try call("listagg", .column("s"), .literal(.string("-"))),
            try call("string_agg", .column("s")), try call("percentile_approx", .column("b"), .literal(.double(0.5))),
            try call("approx_percentile", .column("a"), .literal(.array([.double(0.1), .double(0.9)])),
                     .literal(.integer(100))),
        ])
        #expect(row == [.string("a"), .null, .string("a"), .long(6), .long(7), .double(2.5), .string("a"),
                        .array([.integer(1), .integer(2), .integer(3), .integer(1)]), .string("a-b-a"),
                        .string("aba"), .double(2.5), .array([.integer(1), .integer(3)])])
        #expect(schema.fields.map(\.name) == [
            "mode(s)", "max_by(s, a)", "min_by(s, b)", "sum(DISTINCT a)", "try_sum(a)", "try_avg(b)", "any_value(s)",
            "collect_list(a)", "listagg(s, -)", "string_agg(s, NULL)", "percentile_approx(b, 0.5, 10000)",
            "approx_percentile(a, array(0.1, 0.9), 100)",
        ])
        #expect(schema[11].dataType == .array(element: .integer, containsNull: false))
    }

    @Test func maxByWithKAndDeterministicMode() async throws {
        let (row, schema) = try await run([
            try call("max_by", .column("a"), .column("b"), .literal(.integer(2))),
            try call("mode", .column("a"), .literal(.boolean(true))),
        ])
        #expect(row == [.array([.integer(3), .integer(1)]), .integer(1)])
        #expect(schema.fields.map(\.name) == ["max_by(a, b, 2)", "mode() WITHIN GROUP (ORDER BY a DESC)"])
    }

    @Test func higherMomentsMergeAsSparkDoes() async throws {
        // Spark's `[[1], [1], [2]]` over three map tasks: -1.5 only through the merges (one pass gives -1.4999...).
        let one = StructType([StructField("c", .long)])
        let plan = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.kurtosis, .column("c")),
                                                               .aggregate(.skewness, .column("c"))],
                                         .local(EngineTestData.relation(one, [[.long(1)], [.long(1)], [.long(2)]],
                                                                        partitions: 3)))
        let (out, _) = try await EngineTestData.run(plan)
        #expect(out == [[.double(-1.5), .double(0.7071067811865475)]])
    }

    @Test func regressionStatisticsOverPairs() async throws {
        let pairs = StructType([StructField("y", .integer), StructField("x", .integer)])
        let values: [[Value]] = [[.integer(1), .integer(1)], [.integer(2), .null], [.null, .integer(3)],
                                 [.integer(4), .integer(4)], [.integer(5), .integer(2)]]
        let names = ["regr_slope", "regr_intercept", "regr_r2", "regr_sxx", "regr_syy", "regr_sxy", "regr_count",
                     "regr_avgx", "regr_avgy"]
        let plan = LogicalPlan.aggregate(groupBy: [], output: try names.map { try call($0, .column("y"), .column("x")) },
                                         .local(EngineTestData.relation(pairs, values, partitions: 2)))
        let (out, _) = try await EngineTestData.run(plan)
        #expect(out == [[.double(0.7857142857142859), .double(1.5), .double(0.33241758241758235),
                         .double(4.666666666666666), .double(8.666666666666668), .double(3.666666666666666),
                         .long(3), .double(7.0 / 3.0), .double(10.0 / 3.0)]])
    }

    @Test func tryAggregatesAreNullOnOverflow() async throws {
        let longs = StructType([StructField("v", .long)])
        let plan = LogicalPlan.aggregate(groupBy: [], output: [try call("try_sum", .column("v"))],
                                         .local(EngineTestData.relation(longs, [[.long(.max)], [.long(1)]], partitions: 1)))
        #expect(try await EngineTestData.run(plan).rows == [[.null]])
    }

    @Test func booleanAggregatesRefuseOtherTypes() throws {
        let plan = LogicalPlan.aggregate(groupBy: [], output: [try call("bool_and", .column("a"))],
                                         .local(EngineTestData.relation(schema, rows, partitions: 1)))
        #expect {
            _ = try Planner().schema(of: plan)
        } throws: { error in
            "\(error)".contains("The first parameter requires the \"BOOLEAN\" type, however \"a\" has the type \"INT\".")
        }
    }

    @Test func wrongArgumentCountsAreSparksError() {
        #expect(throws: SparkError.self) { try AggregateCallBuilder.build("max_by", [.column("a")]) }
    }
}
