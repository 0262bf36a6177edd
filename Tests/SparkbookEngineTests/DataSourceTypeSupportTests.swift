import Testing
@testable import SparkbookEngine

@Suite struct DataSourceTypeSupportTests {
    @Test func csvRefusesArrayColumnsWithSparksError() {
        let schema = StructType([StructField("a", .string), StructField("tags", .array(element: .string, containsNull: true))])
        let error = #expect(throws: SparkError.self) { try DataSourceTypeSupport.checkCSV(schema) }
        #expect(error?.description == "[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The CSV datasource doesn't support the column `tags` of the type \"ARRAY<STRING>\". SQLSTATE: 0A000")
    }

    @Test func csvAcceptsScalarColumns() throws {
        try DataSourceTypeSupport.checkCSV(StructType([StructField("a", .string), StructField("n", .long)]))
    }
}
