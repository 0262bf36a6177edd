import Testing
@testable import SparkbookEngine

@Suite struct NullHandlingFunctionsTests {
    let schema = StructType([StructField("a", .long), StructField("b", .long), StructField("c", .long)])

    func evaluate(_ name: String, _ row: [Value], arguments: Int) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, ["a", "b", "c"].prefix(arguments).map { .column($0) }), schema, row)
    }

    @Test func nullifNvl2AndNullifzero() throws {
        #expect(try evaluate("nullif", [.long(1), .long(1), .null], arguments: 2) == .null)
        #expect(try evaluate("nullif", [.long(1), .long(9), .null], arguments: 2) == .long(1))
        #expect(try evaluate("nullif", [.null, .null, .null], arguments: 2) == .null)
        #expect(try evaluate("nvl2", [.null, .long(8), .long(6)], arguments: 3) == .long(6))
        #expect(try evaluate("nvl2", [.long(1), .long(9), .long(6)], arguments: 3) == .long(9))
        #expect(try evaluate("nullifzero", [.long(0), .null, .null], arguments: 1) == .null)
        #expect(try evaluate("nullifzero", [.long(1), .null, .null], arguments: 1) == .long(1))
    }

    @Test func zeroifnullKeepsTheType() throws {
        #expect(try evaluate("zeroifnull", [.null, .null, .null], arguments: 1) == .long(0))
        #expect(try FunctionTestSupport.call("zeroifnull", .null, type: .integer) == .integer(0))
        #expect(try FunctionTestSupport.call("zeroifnull", .double(1.5)) == .double(1.5))
    }
}
