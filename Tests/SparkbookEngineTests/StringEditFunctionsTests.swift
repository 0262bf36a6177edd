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

    @Test func similarityAndSentences() throws {
        #expect(try call("jaro_winkler_similarity", [.string("MARTHA"), .string("MARHTA")]) == .double(0.9611111111111111))
        #expect(try call("jaro_winkler_similarity", [.string("DIXON"), .string("DICKSONX")]) == .double(0.8133333333333332))
        #expect(try call("jaro_winkler_similarity", [.string("dwayne"), .string("duane")]) == .double(0.8400000000000001))
        #expect(try call("jaro_winkler_similarity", [.string("abc"), .string("")]) == .double(0))
        func words(_ xss: [[String]]) -> Value { .array(xss.map { .array($0.map(Value.string)) }) }
        #expect(try call("sentences", [.string("Hi there! How are you? I am fine.")]) == words([["Hi", "there"], ["How", "are", "you"], ["I", "am", "fine"]]))
        #expect(try call("sentences", [.string("Hello, world. 3.5 apples isn't bad")]) == words([["Hello", "world", "3.5", "apples", "isn't", "bad"]]))
    }

    @Test func formatNumberRoundsHalfEven() throws {
        func dec(_ unscaled: Int128, _ scale: Int) -> Value { .decimal(DecimalValue(unscaled: unscaled, precision: 38, scale: scale)) }
        #expect(try call("format_number", [.long(5), .integer(4)]) == .string("5.0000"))
        #expect(try call("format_number", [dec(1234567891, 3), .integer(2)]) == .string("1,234,567.89"))
        #expect(try call("format_number", [dec(-5, 1), .integer(0)]) == .string("-0"))
        #expect(try call("format_number", [dec(15, 1), .integer(0)]) == .string("2"))
        #expect(try call("format_number", [dec(25, 1), .integer(0)]) == .string("2"))
        #expect(try call("format_number", [dec(12332123456, 6), .string("##################.###")]) == .string("12332.123"))
        #expect(try call("format_number", [.long(5), .integer(-1)]) == .null)
        #expect(try call("format_number", [.double(1e20), .integer(3)]) == .string("100,000,000,000,000,000,000.000"))
    }
}
