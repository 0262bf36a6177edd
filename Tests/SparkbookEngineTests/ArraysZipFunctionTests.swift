import Testing
@testable import SparkbookEngine

@Suite struct ArraysZipFunctionTests {
    @Test func zipsArraysIntoStructsNamedByTheirColumns() throws {
        let schema = StructType([StructField("nums", .array(element: .long, containsNull: true)),
                                 StructField("letters", .array(element: .string, containsNull: true))])
        let call = ArraysZipFunction.call([.column("nums"), .column("letters")])
        #expect(call.generatedName == "arrays_zip(nums, letters)")
        let zipped = try FunctionTestSupport.evaluate(call, schema, [.array([.long(1), .long(2)]), .array([.string("a")])])
        #expect(zipped == .array([.structure(names: ["nums", "letters"], values: [.long(1), .string("a")]),
                                  .structure(names: ["nums", "letters"], values: [.long(2), .null])]))
        let bound = try ExpressionBinder(schema: schema).bind(ArraysZipFunction.call([.column("nums"), .function("array", [.literal(.integer(1))])]))
        #expect(bound.dataType.arrayElement?.structFields?.names == ["nums", "1"])
    }
}
