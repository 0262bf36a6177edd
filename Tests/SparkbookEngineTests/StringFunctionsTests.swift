import Testing
@testable import SparkbookEngine

@Suite struct StringFunctionsTests {
    func call(_ name: String, _ s: Value, _ literals: [Value]) throws -> Value {
        try FunctionTestSupport.call(name, s, literals, type: .string)
    }

    @Test func repeatAndInstr() throws {
        #expect(try call("repeat", .string("ab"), [.integer(3)]) == .string("ababab"))
        #expect(try call("repeat", .string("ab"), [.integer(-1)]) == .string(""))
        #expect(try call("instr", .string("héllo"), [.string("l")]) == .integer(3))
        #expect(try call("instr", .string("abc"), [.string("z")]) == .integer(0))
        #expect(try call("instr", .string("abc"), [.string("")]) == .integer(1))
    }

    @Test func padsDefaultToASpace() throws {
        #expect(try call("rpad", .string("x"), [.integer(3)]) == .string("x  "))
        #expect(try call("lpad", .string("abc"), [.integer(5), .string("*-")]) == .string("*-abc"))
        #expect(Expression.function("rpad", [.column("t"), .literal(.integer(4))]).generatedName == "rpad(t, 4,  )")
    }

    @Test func reverseTakesStringsAndArrays() throws {
        #expect(try call("reverse", .string("abc"), []) == .string("cba"))
        let schema = StructType([StructField("a", .array(element: .integer, containsNull: true))])
        #expect(try FunctionTestSupport.evaluate(.function("reverse", [.column("a")]), schema, [.array([.integer(1), .integer(2)])])
                == .array([.integer(2), .integer(1)]))
    }
}
