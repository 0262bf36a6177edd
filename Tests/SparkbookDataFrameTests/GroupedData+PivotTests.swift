import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `groupBy(k).pivot(p)`: names, types, nulls and row order as PySpark 4.3.0 prints them (recorded with
/// `local[2]`).
@Suite struct GroupedDataPivotTests {
    static func frame() throws -> DataFrame {
        let rows: [[Value]] = [
            [.string("a"), .string("x"), .integer(1), .date(18_000)],
            [.string("b"), .string("y"), .integer(2), .date(18_001)],
            [.string("a"), .string("y"), .integer(3), .null],
            [.string("c"), .null, .integer(4), .date(18_002)],
            [.string("b"), .string("x"), .integer(5), .null],
            [.string("a"), .string("x"), .integer(6), .date(18_003)],
        ]
        let schema = StructType([StructField("k", .string), StructField("p", .string),
                                 StructField("v", .integer), StructField("d", .date)])
        return try SeedData.session().createDataFrame(rows: rows, schema: schema)
    }

    static func grouped() throws -> GroupedData { try frame().groupBy([Column("k")]) }

    /// Values found by a sorted distinct (null first); a missing combination counts null, not 0; rows come in
    /// the order of Spark's second hash aggregate.
    @Test func countSpreadsSortedValuesWithNullsForMissingCombinations() async throws {
        let counts = try await Self.grouped().pivot("p").count()
        #expect(try counts.dtypes().map(\.0) == ["k", "null", "x", "y"])
        #expect(try counts.dtypes().map(\.1) == ["string", "bigint", "bigint", "bigint"])
        #expect(try await counts.collect().map(\.values) == [
            [.string("c"), .long(1), .null, .null],
            [.string("b"), .null, .long(1), .long(1)],
            [.string("a"), .null, .long(2), .long(1)],
        ])
    }

    @Test func givenValuesKeepTheirOrderAndAbsentOnesAreAllNull() async throws {
        let avg = try await Self.grouped().pivot("p", values: [.string("y"), .string("z")]).avg(["v"])
        #expect(try avg.dtypes().map(\.1) == ["string", "double", "double"])
        #expect(try await avg.collect().map(\.values) == [
            [.string("c"), .null, .null], [.string("b"), .double(2), .null], [.string("a"), .double(3), .null],
        ])
    }

    /// Several aggregates name their columns `{value}_{alias or generated name}`, value-major.
    @Test func severalAggregatesNameValueThenAggregate() async throws {
        let pivoted = try await Self.grouped().pivot("p", values: [.string("x")])
            .agg([Functions.sum(Column("v")), Functions.max(Column("v")).alias("mx")])
        #expect(try pivoted.columns() == ["k", "x_sum(v)", "x_mx"])
    }

    /// A non-numeric result (a date here) takes Spark's other plan, one aggregate of `if(p <=> v, x, null)`:
    /// `count` then gives 0 for a missing combination, and the rows follow that aggregate's order.
    @Test func nonNumericResultsFilterEachAggregate() async throws {
        let pivoted = try await Self.grouped().pivot("p", values: [.string("x"), .null])
            .agg([Functions.max(Column("d")), Functions.count(Column("v"))])
        #expect(try pivoted.dtypes().map(\.1) == ["string", "date", "bigint", "date", "bigint"])
        let rows = try await pivoted.collect().map(\.values)
        #expect(rows.count == 3)
        #expect(rows.first { $0[0] == .string("a") } == [.string("a"), .date(18_003), .long(2), .null, .long(0)])
    }

    @Test func pivotValuesNameColumnsAsStringsDatesIncluded() async throws {
        let pivoted = try await Self.frame().groupBy([Column("p")]).pivot("d").count()
        #expect(try pivoted.columns() == ["p", "null", "2019-04-14", "2019-04-15", "2019-04-16", "2019-04-17"])
    }

    @Test func moreDistinctValuesThanPivotMaxValuesIsAnError() async throws {
        let session = try SeedData.session()
        let rows: [[Value]] = [[.integer(1)], [.integer(2)], [.integer(3)]]
        let frame = try session.createDataFrame(rows: rows, schema: StructType([StructField("n", .integer)]))
        try session.conf.set("spark.sql.pivotMaxValues", "2")
        let error = await #expect(throws: SparkError.self) { try await frame.groupBy([]).pivot("n").count() }
        #expect(error?.message.hasPrefix("The pivot column n has more than 2 distinct values") == true)
        #expect(try await frame.groupBy([]).pivot("n", values: [.integer(1), .integer(2), .integer(3)]).count()
            .columns() == ["1", "2", "3"])
    }

    @Test func pivotRejectsStarsBareColumnsAndASecondPivot() async throws {
        let grouped = try await Self.grouped().pivot("p")
        let star = #expect(throws: SparkError.self) { try grouped.agg([Functions.count(Column(.star))]) }
        #expect(star?.errorClass == "INVALID_USAGE_OF_STAR_OR_REGEX")
        let bare = #expect(throws: SparkError.self) { try grouped.agg([Column("v")]) }
        #expect(bare?.message == "Aggregate expression required for pivot, but 'v' did not appear in any aggregate function.")
        let twice = await #expect(throws: SparkError.self) { try await grouped.pivot("k") }
        #expect(twice?.errorClass == "REPEATED_CLAUSE")
    }
}
