import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `cube`, `rollup`, `groupingSets`: one aggregate per set of keys, keys left out null, `grouping`/`grouping_id`
/// reading which keys a row was grouped by.
@Suite struct GroupedDataGroupingSetsTests {
    static func frame() throws -> DataFrame {
        try SeedData.session().createDataFrame(
            rows: [[.string("a"), .string("x"), .integer(1)], [.string("a"), .string("y"), .integer(3)],
                   [.string("b"), .string("x"), .integer(4)]],
            schema: StructType([StructField("k1", .string), StructField("k2", .string), StructField("v", .integer)]))
    }

    static func rows(_ df: DataFrame) async throws -> [[Value]] {
        try await df.orderBy([Column("k1"), Column("k2")]).collect().map(\.values)
    }

    @Test func rollupAggregatesEachPrefixOfTheKeys() async throws {
        let df = try Self.frame()
        let rolled = try df.rollup([Column("k1"), Column("k2")]).agg([Functions.sum(Column("v"))])
        #expect(try rolled.columns() == ["k1", "k2", "sum(v)"])
        #expect(try await Self.rows(rolled) == [
            [.null, .null, .long(8)],
            [.string("a"), .null, .long(4)], [.string("a"), .string("x"), .long(1)], [.string("a"), .string("y"), .long(3)],
            [.string("b"), .null, .long(4)], [.string("b"), .string("x"), .long(4)],
        ])
    }

    @Test func cubeAddsEverySubsetAndGroupingIdNamesTheNulledKeys() async throws {
        let df = try Self.frame()
        let cubed = try df.cube([Column("k1"), Column("k2")])
            .agg([Column(.function("grouping_id", [])), Column(.function("grouping", [.column("k2")]))])
        #expect(try cubed.columns() == ["k1", "k2", "grouping_id()", "grouping(k2)"])
        let rows = try await Self.rows(cubed)
        #expect(rows.count == 8)
        #expect(rows.first == [.null, .null, .long(3), .byte(1)])
        #expect(rows.contains([.null, .string("y"), .long(2), .byte(0)]))
    }

    @Test func groupingSetsAggregateTheKeysAsTheInputHasThem() async throws {
        let df = try Self.frame()
        let sets = try df.groupingSets([[Column("k1")], []], [Column("k1")])
            .agg([Functions.aggregate(.count, Column("k1"))])
        #expect(try await sets.orderBy([Column("k1")]).collect().map(\.values)
                == [[.null, .long(3)], [.string("a"), .long(2)], [.string("b"), .long(1)]])
    }

    @Test func groupingIdOfOtherColumnsIsSparksError() throws {
        let df = try Self.frame()
        let error = #expect(throws: SparkError.self) {
            try df.cube([Column("k1"), Column("k2")]).agg([Column(.function("grouping_id", [.column("k2"), .column("k1")]))])
        }
        #expect(error?.errorClass == "GROUPING_ID_COLUMN_MISMATCH")
    }
}
