import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `zipWithIndex` and `offset`: rows numbered in the order `collect()` returns them.
@Suite struct DataFrameIndexTests {
    static func frame() throws -> DataFrame {
        try SeedData.session().createDataFrame(
            rows: [[.long(14), .string("Tom")], [.long(23), .string("Alice")], [.long(16), .string("Bob")]],
            schema: StructType([StructField("age", .long), StructField("name", .string)]))
    }

    @Test func zipWithIndexNumbersRowsFromZero() async throws {
        let numbered = try Self.frame().zipWithIndex("i")
        #expect(try numbered.schema().fields.last == StructField("i", .long, nullable: false))
        #expect(try await numbered.collect().map { $0.values.last! } == [.long(0), .long(1), .long(2)])
    }

    @Test func offsetSkipsTheFirstRows() async throws {
        #expect(try await Self.frame().offset(1).collect().map { $0.values[1] } == [.string("Alice"), .string("Bob")])
        #expect(try await Self.frame().offset(5).collect().isEmpty)
        #expect(throws: SparkError.self) { try Self.frame().offset(-1) }
    }

    @Test func rangePartitionsFollowSparksBounds() async throws {
        let placed = try await Self.frame().repartitionByRange(2, [Column("age")])
            .select([Column("age"), Functions.call("spark_partition_id", [])]).collect()
        #expect(placed.map(\.values) == [[.long(14), .integer(0)], [.long(16), .integer(0)], [.long(23), .integer(1)]])
    }

    @Test func transposeTurnsColumnsIntoRows() async throws {
        let t = try await Self.frame().select([Column("name"), Column("age")]).transpose(nil)
        #expect(try t.columns() == ["key", "Alice", "Bob", "Tom"])
        #expect(try await t.collect().map(\.values) == [[.string("age"), .long(23), .long(16), .long(14)]])
    }
}
