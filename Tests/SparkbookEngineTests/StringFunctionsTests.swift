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

    @Test func concatJoinsArraysAndBinariesByKind() throws {
        let schema = StructType([StructField("a", .array(element: .long, containsNull: true)),
                                 StructField("b", .array(element: .integer, containsNull: false)),
                                 StructField("x", .binary), StructField("y", .binary)])
        let row: [Value] = [.array([.long(1)]), .array([.integer(2), .integer(3)]), .binary([0x61]), .binary([0x62])]
        #expect(try FunctionTestSupport.evaluate(.function("concat", [.column("a"), .column("b")]), schema, row)
                == .array([.long(1), .long(2), .long(3)]))
        #expect(try FunctionTestSupport.evaluate(.function("concat", [.column("x"), .column("y")]), schema, row) == .binary([0x61, 0x62]))
        #expect(try FunctionTestSupport.evaluate(.function("concat", [.column("a"), .literal(.null)]), schema, row) == .null)
    }

    /// `repeat('ab', 2**31-1)` or `lpad('a', 2**31-1)` once asked for gigabytes (and `lpad` for 16 bytes per
    /// character on top); now the size is checked first and refused with the JVM's error, as Spark's.
    @Test func sizesPastTheJVMsLimitsAreRefusedBeforeAnythingIsBuilt() throws {
        let overflow = SparkError(.execution, message: "java.lang.ArithmeticException: integer overflow")
        #expect(throws: overflow) { try call("repeat", .string("ab"), [.integer(Int32.max)]) }
        let vmLimit = SparkError(.execution, message: "java.lang.OutOfMemoryError: Requested array size exceeds VM limit")
        #expect(throws: vmLimit) { try call("repeat", .string("a"), [.integer(Int32.max)]) }
        #expect(throws: vmLimit) { try call("lpad", .string("a"), [.integer(Int32.max), .string("x")]) }
        #expect(throws: vmLimit) { try call("rpad", .string("a"), [.integer(Int32.max)]) }
        let heap = SparkError(.execution, message: "java.lang.OutOfMemoryError: Java heap space")
        #expect(throws: heap) { try call("rpad", .string("a"), [.integer(1_500_000_000)]) }
        #expect(try call("lpad", .string("a"), [.integer(5), .string("xyz")]) == .string("xyzxa"))
    }
}

extension StringFunctionsTests {
    /// Recorded from PySpark 4.3.0 on `aabcdab` and `xyabcyx`.
    @Test func instrFromAStartAndOccurrence() throws {
        let s = Value.string("aabcdab")
        #expect(try call("instr", s, [.string("a"), .integer(2), .integer(1)]) == .integer(2))
        #expect(try call("instr", s, [.string("a"), .integer(1), .integer(3)]) == .integer(6))
        #expect(try call("instr", s, [.string("b"), .integer(-1), .integer(1)]) == .integer(7))
        #expect(try call("instr", s, [.string("a"), .integer(-1), .integer(2)]) == .integer(2))
        #expect(try call("instr", s, [.string("a"), .integer(0), .integer(1)]) == .integer(0))
        #expect(try call("instr", s, [.string("a"), .integer(9), .integer(1)]) == .integer(0))
        #expect(throws: SparkError.self) { try call("instr", s, [.string("a"), .integer(1), .integer(0)]) }
    }

    @Test func trimCharactersAndRegexpPositions() throws {
        #expect(try call("trim", .string("xyabcyx"), [.string("xy")]) == .string("abc"))
        #expect(try call("ltrim", .string("xyabcyx"), [.string("yx")]) == .string("abcyx"))
        #expect(try call("rtrim", .string("xyabcyx"), [.string("")]) == .string("xyabcyx"))
        let s = Value.string("100-200-300")
        #expect(try call("regexp_replace", s, [.string("(\\d+)"), .string("x"), .integer(2)]) == .string("1x-x-x"))
        #expect(try call("regexp_replace", s, [.string("^\\d"), .string("x"), .integer(2)]) == .string("1x0-200-300"))
        #expect(try call("regexp_replace", s, [.string("(\\d+)"), .string("x"), .integer(20)]) == s)
    }

    @Test func concatOfArraysAndBinaries() throws {
        let schema = StructType([StructField("a", .array(element: .long, containsNull: true)),
                                 StructField("b", .array(element: .double, containsNull: true))])
        #expect(try FunctionTestSupport.evaluate(.function("concat", [.column("a"), .column("b")]), schema,
                                                 [.array([.long(1)]), .array([.double(3.5)])]) == .array([.double(1), .double(3.5)]))
        let bytes = StructType([StructField("a", .binary), StructField("b", .binary)])
        #expect(try FunctionTestSupport.evaluate(.function("concat", [.column("a"), .column("b")]), bytes,
                                                 [.binary([0x61]), .binary([0x62])]) == .binary([0x61, 0x62]))
    }
}
