import Testing
@testable import SparkbookEngine

@Suite struct StringPartFunctionsTests {
    func call(_ name: String, _ s: String, _ literals: [Value] = []) throws -> Value {
        try FunctionTestSupport.call(name, .string(s), literals, type: .string)
    }

    @Test func partsAndMeasuresAsSparkGivesThem() throws {
        #expect(try call("left", "Spark SQL", [.integer(3)]) == .string("Spa"))
        #expect(try call("right", "Spark SQL", [.integer(3)]) == .string("SQL"))
        #expect(try call("right", "Spark SQL", [.integer(-1)]) == .string(""))
        #expect(try call("btrim", "SSparkSQLS", [.string("SL")]) == .string("parkSQ"))
        #expect(try call("btrim", "    SparkSQL   ") == .string("SparkSQL"))
        #expect(try call("find_in_set", "ab", [.string("abc,b,ab,c,def")]) == .integer(3))
        #expect(try call("find_in_set", "a,b", [.string("a,b")]) == .integer(0))
        #expect(try call("levenshtein", "kitten", [.string("sitting")]) == .integer(3))
        #expect(try call("levenshtein", "kitten", [.string("sitting"), .integer(2)]) == .integer(-1))
        #expect(try call("bit_length", "🐈") == .integer(32))
        #expect(try call("octet_length", "cat") == .integer(3))
    }

    @Test func eltPicksTheNthStringOrNull() throws {
        let schema = StructType([StructField("n", .integer)])
        let call = Expression.function("elt", [.column("n"), .literal(.string("scala")), .literal(.string("java"))])
        #expect(try FunctionTestSupport.evaluate(call, schema, [.integer(2)]) == .string("java"))
        #expect(try FunctionTestSupport.evaluate(call, schema, [.integer(3)]) == .null)
    }

    @Test func substringIndexAndSplitPart() throws {
        #expect(try call("substring_index", "a.b.c.d", [.string("."), .integer(2)]) == .string("a.b"))
        #expect(try call("substring_index", "a.b.c.d", [.string("."), .integer(-3)]) == .string("b.c.d"))
        #expect(try call("substring_index", "a.b", [.string("."), .integer(5)]) == .string("a.b"))
        #expect(try call("split_part", "11.12.13", [.string("."), .integer(3)]) == .string("13"))
        #expect(try call("split_part", "11.12.13", [.string("."), .integer(-2)]) == .string("12"))
        #expect(try call("split_part", "11.12.13", [.string("."), .integer(4)]) == .string(""))
        #expect(throws: SparkError.self) { try call("split_part", "a", [.string("."), .integer(0)]) }
    }
}
