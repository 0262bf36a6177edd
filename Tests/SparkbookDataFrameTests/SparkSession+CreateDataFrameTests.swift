import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// Schema inference from Python-like rows, as PySpark's `createDataFrame` infers it.
@Suite struct SparkSessionCreateDataFrameTests {
    @Test func listsInferArraysWhoseElementsMayBeNull() throws {
        let session = try SeedData.session()
        let schema = try session.inferSchema(rows: [[.array([.integer(1), .integer(2)])], [.array([])], [.null]],
                                             names: ["xs"])
        #expect(schema[0].dataType == .array(element: .long, containsNull: true))
        let strings = try session.inferSchema(rows: [[.array([.string("a")])]], names: ["tags"])
        #expect(strings[0].dataType.simpleString == "array<string>")
    }

    @Test func arrayValuesAreCastToTheDeclaredElementType() async throws {
        let session = try SeedData.session()
        let frame = try session.createDataFrame(rows: [[.array([.integer(1), .null])]],
                                                schema: StructType([StructField("xs", .array(element: .long, containsNull: true))]))
        #expect(try await frame.collect().map(\.values) == [[.array([.long(1), .null])]])
    }
}
