import Testing
@testable import SparkbookEngine

@Suite struct GenerateSpecTests {
    let schema = StructType([StructField("k", .string), StructField("xs", .array(element: .long, containsNull: true))])
    let rows: [[Value]] = [[.string("a"), .array([.long(1), .long(2)])], [.string("b"), .array([])],
                           [.string("c"), .null], [.string("d"), .array([.null])]]

    func spec(outer: Bool, position: Int) -> GenerateSpec {
        let element = StructField("col", .long, nullable: true)
        let key = StructField("k", .string)
        return GenerateSpec(others: [.column(index: 0, type: .string)],
                            array: .column(index: 1, type: schema[1].dataType), outer: outer, position: position,
                            outputSchema: StructType(position == 0 ? [element, key] : [key, element]))
    }

    func rowsOf(_ batch: RecordBatch) -> [[Value]] { (0..<batch.rowCount).map { batch.row($0) } }

    @Test func explodeRepeatsRowsPerElementAndDropsEmptyOnes() throws {
        let out = try spec(outer: false, position: 1).generate(EngineTestData.batch(schema, rows))
        #expect(rowsOf(out) == [[.string("a"), .long(1)], [.string("a"), .long(2)], [.string("d"), .null]])
    }

    @Test func explodeOuterKeepsEmptyAndNullArraysAsNull() throws {
        let out = try spec(outer: true, position: 0).generate(EngineTestData.batch(schema, rows))
        #expect(rowsOf(out) == [[.long(1), .string("a")], [.long(2), .string("a")], [.null, .string("b")],
                                [.null, .string("c")], [.null, .string("d")]])
    }
}
