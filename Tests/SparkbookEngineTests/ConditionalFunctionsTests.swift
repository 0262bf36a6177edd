import Testing
@testable import SparkbookEngine

@Suite struct ConditionalFunctionsTests {
    @Test func nanvlReplacesOnlyNaN() throws {
        let schema = StructType([StructField("a", .double), StructField("b", .double)])
        let nanvl = Expression.function("nanvl", [.column("a"), .column("b")])
        #expect(try FunctionTestSupport.evaluate(nanvl, schema, [.double(.nan), .double(9)]) == .double(9))
        #expect(try FunctionTestSupport.evaluate(nanvl, schema, [.double(1), .double(9)]) == .double(1))
        #expect(try FunctionTestSupport.evaluate(nanvl, schema, [.null, .double(9)]) == .null)
        #expect(try FunctionTestSupport.evaluate(nanvl, schema, [.double(.nan), .null]) == .null)
    }
}
