import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct StringSearchFunctionsTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    @Test func translateReplacesOrDropsCharacters() throws {
        #expect(try call("translate", [.string("hello world"), .string("lo"), .string("0")]) == .string("he00 wr0d"))
        #expect(try call("translate", [.string("abcabc"), .string("abc"), .string("xy")]) == .string("xyxy"))
    }

    @Test func locateCountsFromPosition() throws {
        #expect(try call("locate", [.string("o"), .string("hello world")]) == .integer(5))
        #expect(try call("locate", [.string("o"), .string("hello world"), .integer(6)]) == .integer(8))
        #expect(try call("locate", [.string("b"), .string("abcb"), .integer(0)]) == .integer(0))
        #expect(try call("locate", [.string(""), .string("abc")]) == .integer(1))
        #expect(FunctionRegistry.builtIn.function(named: "locate")!.generatedName(["o", "t"]) == "locate(o, t, 1)")
    }

    @Test func asciiIsTheFirstCodePoint() throws {
        #expect(try call("ascii", [.string("hello")]) == .integer(104))
        #expect(try call("ascii", [.string("")]) == .integer(0))
        #expect(try call("ascii", [.string("€")]) == .integer(8364))
    }
}
