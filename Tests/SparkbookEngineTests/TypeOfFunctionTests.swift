import Testing
@testable import SparkbookEngine

@Suite struct TypeOfFunctionTests {
    @Test func namesTheArgumentTypeEvenForNull() throws {
        #expect(try FunctionTestSupport.call("typeof", .integer(1), type: .integer) == .string("int"))
        #expect(try FunctionTestSupport.call("typeof", .null, type: .long) == .string("bigint"))
        #expect(try FunctionTestSupport.call("typeof", .null, type: .array(element: .string, containsNull: true))
                == .string("array<string>"))
    }
}
