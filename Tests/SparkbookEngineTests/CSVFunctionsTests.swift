import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct CSVFunctionsTests {
    func schema(_ csv: String, _ options: String? = nil) throws -> Value {
        let args = [Value.string(csv)] + (options.map { [Value.string($0)] } ?? [])
        return try FunctionTestSupport.evaluate(.function("schema_of_csv", args.map(Expression.literal)), StructType([]), [])
    }

    @Test func infersEachFieldAsTheCSVReaderDoes() throws {
        let expected = Value.string("STRUCT<_c0: INT, _c1: STRING, _c2: BOOLEAN>")
        #expect(try schema("1|a|true", "sep=|") == expected)
        #expect(try schema("1||true", "sep=|") == expected)
        #expect(try schema("1;a;true", "sep=;") == expected)
        #expect(try schema(#""1","a","true""#, "sep=,") == expected)
        #expect(try schema("1,2,3") == .string("STRUCT<_c0: INT, _c1: INT, _c2: INT>"))
        #expect(FunctionRegistry.builtIn.function(named: "schema_of_csv")!.generatedName(["1|a", "sep=|"]) == "schema_of_csv(1|a)")
    }
}
