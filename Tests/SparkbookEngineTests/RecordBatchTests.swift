import Testing
@testable import SparkbookEngine

/// Row access, slicing and gathering over every column at once.
struct RecordBatchTests {
    let batch = EngineTestData.batch(StructType([StructField("id", .integer), StructField("name", .string)]),
                                     [[.integer(1), .string("a")], [.integer(2), .null], [.null, .string("c")]])

    @Test func rowsAreScalarsPerColumn() {
        #expect(batch.rowCount == 3)
        #expect(batch.row(1) == [.integer(2), .null])
        #expect(batch.row(2) == [.null, .string("c")])
    }

    @Test func prefixAndGather() {
        #expect(batch.prefix(1).rowCount == 1)
        #expect(batch.prefix(1).row(0) == [.integer(1), .string("a")])
        #expect(batch.prefix(5).rowCount == 3)
        let picked = batch.gather([2, 0])
        #expect(picked.rowCount == 2)
        #expect(picked.row(0) == [.null, .string("c")])
        #expect(picked.schema == batch.schema)
    }

    @Test func emptyBatchHasTheSchemaAndNoRows() {
        let empty = RecordBatch.empty(batch.schema)
        #expect(empty.rowCount == 0)
        #expect(empty.columns.map(\.dataType) == [.integer, .string])
        #expect(empty.columns.allSatisfy { $0.count == 0 })
    }
}
