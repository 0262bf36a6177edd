import Testing
@testable import SparkbookEngine

@Suite struct GenerateSpecTests {
    let schema = StructType([StructField("k", .string), StructField("xs", .array(element: .long, containsNull: true))])
    let rows: [[Value]] = [[.string("a"), .array([.long(1), .long(2)])], [.string("b"), .array([])],
                           [.string("c"), .null], [.string("d"), .array([.null])]]

    func spec(outer: Bool, position: Int) -> GenerateSpec {
        let element = StructField("col", .long, nullable: true)
        let key = StructField("k", .string)
        let generator = Generator(kind: .explode, inputs: [.column(index: 1, type: schema[1].dataType)], outer: outer,
                                  fields: [element])
        return GenerateSpec(others: [.column(index: 0, type: .string)], generator: generator, position: position,
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

    @Test func posexplodeOfAMapAddsPositionKeyAndValue() throws {
        let mapType = DataType.map(key: .string, value: .long, valueContainsNull: true)
        let maps = StructType([StructField("m", mapType)])
        let fields = try Generator.fields(.posexplode, outer: true, types: [mapType],
                                          call: .function("posexplode_outer", [.column("m")]))
        #expect(fields.map(\.name) == ["pos", "key", "value"])
        let generator = Generator(kind: .posexplode, inputs: [.column(index: 0, type: mapType)], outer: true, fields: fields)
        let spec = GenerateSpec(others: [], generator: generator, position: 0, outputSchema: StructType(fields))
        let out = try spec.generate(EngineTestData.batch(maps, [[.map(keys: [.string("x"), .string("y")], values: [.long(1), .null])], [.null]]))
        #expect(rowsOf(out) == [[.integer(0), .string("x"), .long(1)], [.integer(1), .string("y"), .null], [.null, .null, .null]])
    }

    @Test func inlineSpreadsStructFieldsAndStackDealsValuesIntoRows() throws {
        let element = DataType.structure(StructType([StructField("a", .long, nullable: false), StructField("b", .string)]))
        let inlineFields = try Generator.fields(.inline, outer: false, types: [.array(element: element, containsNull: true)], call: .function("inline", [.column("s")]))
        #expect(inlineFields.map(\.name) == ["a", "b"] && inlineFields[0].nullable)
        let call = Expression.function("stack", [.literal(.integer(2)), .column("a"), .column("b"), .column("c")])
        let stackFields = try Generator.fields(.stack, outer: false, types: [.integer, .long, .long, .long], call: call)
        #expect(stackFields.map(\.name) == ["col0", "col1"] && stackFields.allSatisfy(\.nullable))
        let mismatch = #expect(throws: SparkError.self) {
            try Generator.fields(.stack, outer: false, types: [.integer, .long, .string],
                                 call: .function("stack", [.literal(.integer(2)), .column("a"), .column("b")]))
        }
        #expect(mismatch?.errorClass == "DATATYPE_MISMATCH.STACK_COLUMN_DIFF_TYPES")
    }
}
