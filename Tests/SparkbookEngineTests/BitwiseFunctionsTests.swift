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

    @Test func shiftsAsJavaShifts() throws {
        #expect(try FunctionTestSupport.call("shiftleft", .long(3), [.integer(1)], type: .long) == .long(6))
        #expect(try FunctionTestSupport.call("shiftright", .integer(-8), [.integer(1)], type: .integer) == .integer(-4))
        #expect(try FunctionTestSupport.call("shiftrightunsigned", .long(-2), [.integer(1)], type: .long)
                == .long(9223372036854775807))
        #expect(try FunctionTestSupport.call("shiftleft", .integer(1), [.integer(33)], type: .integer) == .integer(2))
    }

    @Test func bitGetReadsOneBitOrFailsOutsideTheType() throws {
        #expect(try FunctionTestSupport.call("bit_get", .integer(2), [.integer(1)], type: .integer) == .byte(1))
        #expect(try FunctionTestSupport.call("getbit", .integer(1), [.integer(2)], type: .integer) == .byte(0))
        #expect(throws: SparkError.self) { try FunctionTestSupport.call("bit_get", .integer(1), [.integer(32)], type: .integer) }
    }

    @Test func andOrXorWidenToTheWiderIntegralType() throws {
        #expect(try FunctionTestSupport.call("&", .long(170), [.long(75)], type: .long) == .long(10))
        #expect(try FunctionTestSupport.call("|", .integer(170), [.integer(75)], type: .integer) == .integer(235))
        #expect(try FunctionTestSupport.call("^", .integer(170), [.integer(75)], type: .integer) == .integer(225))
        #expect(Expression.function("&", [.column("a"), .column("b")]).generatedName == "(a & b)")
        #expect(throws: SparkError.self) { try FunctionTestSupport.call("&", .double(1), [.integer(1)]) }
    }
}
