import Testing
import SparkbookDataFrame

/// printSchema() output compared byte for byte with PySpark 4 goldens, plus the level cut-off.
@Suite struct SchemaTreeFormatterTests {
    @Test(arguments: GoldenCase.names(action: "printSchema"))
    func matchesPySparkGolden(_ name: String) throws {
        let golden = try GoldenCase.load(name)
        let text = SchemaTreeFormatter.format(golden.schemaNodes, level: golden.json["level"] as? Int)
        #expect(text + "\n" == golden.expectedStdout, "case \(name)")
    }

    @Test func goldensWereFound() {
        #expect(GoldenCase.names(action: "printSchema").count >= 6)
    }

    @Test func printsNestedElementsAndMapEntries() {
        let fields = [
            SchemaNode(name: "event_id", type: .primitive("integer"), nullable: false),
            SchemaNode(name: "tags", type: .array(element: .primitive("string"), containsNull: true)),
            SchemaNode(name: "attrs", type: .map(key: .primitive("string"), value: .primitive("long"), valueContainsNull: false)),
        ]
        #expect(SchemaTreeFormatter.format(fields) == """
            root
             |-- event_id: integer (nullable = false)
             |-- tags: array (nullable = true)
             |    |-- element: string (containsNull = true)
             |-- attrs: map (nullable = true)
             |    |-- key: string
             |    |-- value: long (valueContainsNull = false)

            """)
        #expect(SchemaTreeFormatter.format(fields, level: 1) == """
            root
             |-- event_id: integer (nullable = false)
             |-- tags: array (nullable = true)
             |-- attrs: map (nullable = true)

            """)
        #expect(SchemaTreeFormatter.format(fields, level: 0) == SchemaTreeFormatter.format(fields))
    }

    @Test func emptySchemaPrintsRootOnly() {
        #expect(SchemaTreeFormatter.format([]) == "root\n")
    }
}
