import Testing
import SparkbookDataFrame

@Suite struct SchemaNodeTests {
    @Test func typeNamesAsPrintSchemaShowsThem() {
        #expect(SchemaNodeType.primitive("decimal(10,2)").typeName == "decimal(10,2)")
        #expect(SchemaNodeType.array(element: .primitive("integer"), containsNull: true).typeName == "array")
        #expect(SchemaNodeType.map(key: .primitive("string"), value: .primitive("long"), valueContainsNull: true).typeName == "map")
        #expect(SchemaNodeType.structure([]).typeName == "struct")
        #expect(SchemaNode(name: "x", type: .primitive("long")).nullable)
    }
}
