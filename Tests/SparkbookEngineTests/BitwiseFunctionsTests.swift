import Testing
@testable import SparkbookEngine

@Suite struct BitwiseFunctionsTests {
    @Test func notKeepsTheTypeAndCountWidensToLong() throws {
        #expect(try FunctionTestSupport.call("bitwise_not", .integer(2), type: .integer) == .integer(-3))
        #expect(try FunctionTestSupport.call("bitwise_not", .long(0), type: .long) == .long(-1))
        #expect(try FunctionTestSupport.call("bit_count", .integer(-1), type: .integer) == .integer(64))
        #expect(try FunctionTestSupport.call("bit_count", .integer(3), type: .integer) == .integer(2))
        #expect(Expression.function("bitwise_not", [.column("value")]).generatedName == "~value")
        #expect(throws: SparkError.self) { try FunctionTestSupport.call("bitwise_not", .double(1)) }
    }
}
