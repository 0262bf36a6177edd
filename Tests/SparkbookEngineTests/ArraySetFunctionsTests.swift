import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct ArraySetFunctionsTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    func strings(_ xs: String?...) -> Value { .array(xs.map { $0.map(Value.string) ?? .null }) }

    @Test func setsKeepFirstSeenOrderAndOneNull() throws {
        #expect(try call("array_distinct", [.array([.long(1), .long(2), .long(3), .long(2)])]) == .array([.long(1), .long(2), .long(3)]))
        #expect(try call("array_union", [strings("b", "a", "c"), strings("c", "d", "a", "f")]) == strings("b", "a", "c", "d", "f"))
        #expect(try call("array_intersect", [strings("a", "b", nil), strings("a", nil, "c")]) == strings("a", nil))
        #expect(try call("array_except", [strings("a", "b", nil), strings("a", nil, "c")]) == strings("b"))
        #expect(try call("array_except", [.array([.integer(1), .null]), .array([.integer(2)])]) == .array([.integer(1), .null]))
    }

    @Test func nanAndNegativeZeroAreOneValue() throws {
        let result = try call("array_union", [.array([.double(1), .double(.nan)]), .array([.double(.nan), .double(0)])])
        guard case .array(let xs) = result else { Issue.record("not an array"); return }
        #expect(xs.count == 3)
    }

    @Test func overlapIsNullWhenUndecided() throws {
        #expect(try call("arrays_overlap", [strings("a", "b"), strings("b", "c")]) == .boolean(true))
        #expect(try call("arrays_overlap", [strings("a"), strings("b", "c")]) == .boolean(false))
        #expect(try call("arrays_overlap", [strings("a", nil), strings("b", nil)]) == .null)
        #expect(try call("arrays_overlap", [.array([.integer(1), .null]), .array([.integer(3)])]) == .null)
        #expect(try call("arrays_overlap", [strings(), strings(nil)]) == .boolean(false))
    }
}
