import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct StringEditFunctionsTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    @Test func overlayReplacesFromAPosition() throws {
        let x = Value.string("SPARK_SQL"), y = Value.string("CORE")
        #expect(try call("overlay", [x, y, .integer(7)]) == .string("SPARK_CORE"))
        #expect(try call("overlay", [x, y, .integer(7), .integer(0)]) == .string("SPARK_CORESQL"))
        #expect(try call("overlay", [x, y, .integer(7), .integer(2)]) == .string("SPARK_COREL"))
        #expect(try call("overlay", [x, y, .integer(0)]) == .string("CORERK_SQL"))
        #expect(try call("overlay", [x, y, .integer(-3)]) == .string("CORESPARK_SQL"))
        #expect(FunctionRegistry.builtIn.function(named: "overlay")!.generatedName(["x", "y", "7"]) == "overlay(x, y, 7, -1)")
    }

    @Test func maskByCharacterClass() throws {
        #expect(try call("mask", [.string("AbCD123-@$#")]) == .string("XxXXnnn-@$#"))
        #expect(try call("mask", [.string("abcd-EFGH-8765-4321"), .string("Y"), .string("y"), .string("d"), .string("*")])
                == .string("yyyy*YYYY*dddd*dddd"))
        #expect(try call("mask", [.string("AbCD123-@$#"), .null, .null, .null, .null]) == .string("AbCD123-@$#"))
        #expect(FunctionRegistry.builtIn.function(named: "mask")!.generatedName(["data"]) == "mask(data, X, x, n, NULL)")
    }

    @Test func replaceAndFormat() throws {
        #expect(try call("replace", [.string("ABCabc"), .string("abc"), .string("DEF")]) == .string("ABCDEF"))
        #expect(try call("replace", [.string("ABCabc"), .string("abc")]) == .string("ABC"))
        #expect(try call("replace", [.string("ABCabc"), .string("")]) == .string("ABCabc"))
        #expect(try call("format_string", [.string("%d %s"), .long(5), .string("hello")]) == .string("5 hello"))
        #expect(try call("printf", [.string("aa%d%s"), .long(123), .string("cc")]) == .string("aa123cc"))
        #expect(try call("collation", [.string("name")]) == .string("SYSTEM.BUILTIN.UTF8_BINARY"))
        #expect(try call("is_valid_utf8", [.string("SparkSQL")]) == .boolean(true))
    }
}
