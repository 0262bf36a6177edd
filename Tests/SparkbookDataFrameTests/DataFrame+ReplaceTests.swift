import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `replace`: the first key's type picks the columns; numbers compare as doubles and cast back.
@Suite struct DataFrameReplaceTests {
    static func frame() throws -> DataFrame {
        try SeedData.session().createDataFrame(
            rows: [[.integer(10), .string("Alice"), .double(10)], [.null, .string("Bob"), .double(1.5)]],
            schema: StructType([StructField("age", .integer), StructField("name", .string), StructField("x", .double)]))
    }

    @Test func aNumberReplacesInEveryNumericColumnKeepingItsType() async throws {
        let replaced = try Self.frame().replace([(.long(10), .long(20))])
        #expect(try replaced.schema() == Self.frame().schema())
        #expect(try await replaced.collect().map(\.values)
                == [[.integer(20), .string("Alice"), .double(20)], [.null, .string("Bob"), .double(1.5)]])
    }

    @Test func textReplacesOnlyInTheSubsetsStringColumns() async throws {
        let replaced = try Self.frame().replace([(.string("Alice"), .null), (.string("Bob"), .string("B"))], subset: ["name"])
        #expect(try await replaced.collect().map { $0.values[1] } == [.null, .string("B")])
    }
}
