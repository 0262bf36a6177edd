import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// Engine values and types as the output formatters see them.
@Suite struct ValueOutputTests {
    @Test func arraysBecomeOutputArrays() {
        #expect(Value.array([.integer(1), .null]).outputValue == .array([.integer(1), .null]))
        #expect(SparkValueText().text(Value.array([.string("a"), .null]).outputValue) == "[a, NULL]")
        #expect(PythonRepr().repr(Value.array([.string("a"), .null]).outputValue) == "['a', None]")
    }

    @Test func arrayFieldsPrintTheirElementLine() {
        let schema = StructType([StructField("parts", .array(element: .string, containsNull: false))])
        #expect(SchemaTreeFormatter.format(schema.schemaNodes) == """
            root
             |-- parts: array (nullable = true)
             |    |-- element: string (containsNull = false)

            """)
        #expect(DataType.long.schemaNodeType == .primitive("long"))
    }
}
