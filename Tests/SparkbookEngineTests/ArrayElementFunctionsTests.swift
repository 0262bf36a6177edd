import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct ArrayElementFunctionsTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    let abc: Value = .array([.string("a"), .string("b"), .string("c")])

    @Test func appendAndPrependKeepNullElements() throws {
        #expect(try call("array_append", [.array([.long(1), .long(2)]), .integer(3)]) == .array([.long(1), .long(2), .long(3)]))
        #expect(try call("array_append", [.array([.long(1)]), .null]) == .array([.long(1), .null]))
        #expect(try call("array_prepend", [.array([.long(1)]), .null]) == .array([.null, .long(1)]))
    }

    @Test func insertPadsPastEitherEnd() throws {
        #expect(try call("array_insert", [abc, .integer(2), .string("d")]) == .array([.string("a"), .string("d"), .string("b"), .string("c")]))
        #expect(try call("array_insert", [abc, .integer(-2), .string("d")]) == .array([.string("a"), .string("b"), .string("d"), .string("c")]))
        #expect(try call("array_insert", [abc, .integer(-1), .string("e")]) == .array([.string("a"), .string("b"), .string("c"), .string("e")]))
        #expect(try call("array_insert", [abc, .integer(5), .string("e")]) == .array([.string("a"), .string("b"), .string("c"), .null, .string("e")]))
        #expect(try call("array_insert", [abc, .integer(-5), .string("e")]) == .array([.string("e"), .null, .string("a"), .string("b"), .string("c")]))
        #expect(try call("array_insert", [abc, .integer(-4), .string("e")]) == .array([.string("e"), .string("a"), .string("b"), .string("c")]))
        #expect(throws: SparkError.self) { try call("array_insert", [abc, .integer(0), .string("e")]) }
    }

    @Test func removeCompactAndPosition() throws {
        #expect(try call("array_remove", [.array([.integer(1), .null, .integer(2)]), .integer(1)]) == .array([.null, .integer(2)]))
        #expect(try call("array_compact", [.array([.integer(1), .null, .integer(2)])]) == .array([.integer(1), .integer(2)]))
        #expect(try call("array_position", [abc, .string("c")]) == .long(3))
        #expect(try call("array_position", [abc, .string("d")]) == .long(0))
        #expect(try call("array_position", [abc, .null]) == .null)
    }

    @Test func repeatAndSize() throws {
        #expect(try call("array_repeat", [.string("ab"), .integer(2)]) == .array([.string("ab"), .string("ab")]))
        #expect(try call("array_repeat", [.null, .integer(2)]) == .array([.null, .null]))
        #expect(try call("array_repeat", [.string("a"), .integer(-1)]) == .array([]))
        #expect(try call("array_size", [abc]) == .integer(3))
    }

    @Test func getAndTryElementAtTolerateBadIndexes() throws {
        #expect(try call("get", [abc, .integer(1)]) == .string("b"))
        #expect(try call("get", [abc, .integer(3)]) == .null)
        #expect(try call("get", [abc, .integer(-1)]) == .null)
        #expect(try call("try_element_at", [abc, .integer(-1)]) == .string("c"))
        #expect(try call("try_element_at", [abc, .integer(4)]) == .null)
        #expect(throws: SparkError.self) { try call("try_element_at", [abc, .integer(0)]) }
    }

    @Test func sliceCountsFromEitherEnd() throws {
        let xs: Value = .array([.integer(1), .integer(2), .integer(3)])
        #expect(try call("slice", [xs, .integer(2), .integer(2)]) == .array([.integer(2), .integer(3)]))
        #expect(try call("slice", [xs, .integer(-1), .integer(1)]) == .array([.integer(3)]))
        #expect(try call("slice", [xs, .integer(-5), .integer(2)]) == .array([]))
        #expect(throws: SparkError.self) { try call("slice", [xs, .integer(0), .integer(1)]) }
        #expect(throws: SparkError.self) { try call("slice", [xs, .integer(1), .integer(-1)]) }
    }

    @Test func flattenJoinAndExtremes() throws {
        #expect(try call("flatten", [.array([.array([.integer(1)]), .array([.integer(2), .integer(3)])])]) == .array([.integer(1), .integer(2), .integer(3)]))
        #expect(try call("flatten", [.array([.null, .array([.integer(2)])])]) == .null)
        let withNull: Value = .array([.string("a"), .null, .string("c")])
        #expect(try call("array_join", [withNull, .string(",")]) == .string("a,c"))
        #expect(try call("array_join", [withNull, .string(","), .string("NULL")]) == .string("a,NULL,c"))
        #expect(try call("array_max", [.array([.null, .long(10), .long(-1)])]) == .long(10))
        #expect(try call("array_min", [.array([.null, .long(10), .long(-1)])]) == .long(-1))
        #expect(try call("array_max", [.array([])]) == .null)
        #expect(FunctionRegistry.builtIn.function(named: "array_join")!.generatedName(["data", ","]) == "array_join(data, ,)")
    }
}
