import Testing
@testable import SparkbookEngine

/// A batch of some rows, gathering only the columns an expression reads.
struct RecordBatchSelectionTests {
    @Test func readColumnsAreGatheredOthersArePlaceholders() {
        let schema = StructType([StructField("a", .integer), StructField("s", .string)])
        let batch = EngineTestData.batch(schema, [[.integer(1), .string("x")], [.null, .string("y")], [.integer(3), .null]])
        let part = batch.selecting([2, 1], reading: [0])
        #expect(part.rowCount == 2 && part.schema == schema)
        #expect(part.columns[0].value(at: 0) == .integer(3) && part.columns[0].value(at: 1) == .null)
        #expect(part.columns[1].count == 2 && part.columns[1].dataType == .string && part.columns[1].isNull(0))
    }
}
