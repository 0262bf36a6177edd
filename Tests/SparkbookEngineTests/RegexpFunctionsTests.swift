import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct RegexpFunctionsTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    @Test func regularExpressions() throws {
        #expect(try call("regexp_count", [.string("1a 2b 14m"), .string(#"\d+"#)]) == .integer(3))
        #expect(try call("regexp_count", [.string("abc"), .string("")]) == .integer(4))
        #expect(try call("regexp_extract_all", [.string("100-200, 300-400"), .string(#"(\d+)-(\d+)"#)]) == .array([.string("100"), .string("300")]))
        #expect(try call("regexp_extract_all", [.string("100-200, 300-400"), .string(#"(\d+)-(\d+)"#), .integer(2)]) == .array([.string("200"), .string("400")]))
        #expect(throws: SparkError.self) { try call("regexp_extract_all", [.string("1-2"), .string(#"(\d+)-(\d+)"#), .integer(3)]) }
        #expect(try call("regexp_instr", [.string("1a 2b 14m"), .string(#"\d+(a|b|m)"#)]) == .integer(1))
        #expect(try call("regexp_instr", [.string("1a 2b"), .string(#"\d(b)"#), .integer(1)]) == .integer(4))
        #expect(try call("regexp_instr", [.string("1a 2b"), .string("x")]) == .integer(0))
        #expect(try call("regexp_substr", [.string("1a 2b 14m"), .string(#"\d+"#)]) == .string("1"))
        #expect(try call("regexp_substr", [.string("1a 2b 14m"), .string("mmm")]) == .null)
    }
}
