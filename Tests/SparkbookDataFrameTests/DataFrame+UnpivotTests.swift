import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `unpivot`: a row per value column, row by row, values widened to a common type.
@Suite struct DataFrameUnpivotTests {
    static func frame() throws -> DataFrame {
        try SeedData.session().createDataFrame(
            rows: [[.integer(1), .integer(11), .double(1.5), .string("a")], [.integer(2), .null, .double(2.5), .string("b")]],
            schema: StructType([StructField("id", .integer), StructField("i", .integer), StructField("d", .double), StructField("s", .string)]))
    }

    @Test func eachRowBecomesOneRowPerValueColumnInOrder() async throws {
        let long = try Self.frame().unpivot(ids: [Column("id")], values: [Column("i"), Column("d")],
                                            variableColumnName: "var", valueColumnName: "val")
        let schema = try long.schema()
        #expect(schema.names == ["id", "var", "val"])
        #expect(schema[1].nullable == false && schema[2].dataType == .double)
        #expect(try await long.collect().map(\.values) == [
            [.integer(1), .string("i"), .double(11)], [.integer(1), .string("d"), .double(1.5)],
            [.integer(2), .string("i"), .null], [.integer(2), .string("d"), .double(2.5)],
        ])
    }

    @Test func textWithNumbersHasNoCommonType() throws {
        let error = #expect(throws: SparkError.self) {
            try Self.frame().unpivot(ids: [Column("id")], values: nil, variableColumnName: "k", valueColumnName: "v")
        }
        #expect(error?.errorClass == "UNPIVOT_VALUE_DATA_TYPE_MISMATCH")
    }
}
