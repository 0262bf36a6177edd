import Testing
@testable import SparkbookEngine

@Suite struct SessionFunctionsTests {
    @Test func catalogSchemaAndTimeZone() throws {
        let none = StructType([])
        #expect(try FunctionTestSupport.evaluate(.function("current_catalog", []), none, []) == .string("spark_catalog"))
        #expect(try FunctionTestSupport.evaluate(.function("current_database", []), none, []) == .string("default"))
        #expect(Expression.function("current_database", []).generatedName == "current_schema()")
        #expect(try FunctionTestSupport.evaluate(.function("current_timezone", []), none, []) == .string("UTC"))
    }
}
