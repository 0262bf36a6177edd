import Testing
@testable import SparkbookEngine

@Suite struct RenamedFunctionTests {
    @Test func aliasesComputeAsTheirBaseUnderTheirOwnName() throws {
        #expect(try FunctionTestSupport.call("lcase", .string("Spark"), type: .string) == .string("spark"))
        #expect(try FunctionTestSupport.call("char_length", .string("SparkSQL"), type: .string) == .integer(8))
        #expect(Expression.function("lcase", [.column("x")]).generatedName == "lcase(x)")
        #expect(Expression.function("equal_null", [.column("a"), .column("b")]).generatedName == "equal_null(a, b)")
        #expect(try FunctionTestSupport.evaluate(.function("equal_null", [.column("a"), .literal(.null)]),
                                                 StructType([StructField("a", .integer)]), [.null]) == .boolean(true))
        guard case .double(let nan) = try FunctionTestSupport.call("sign", .double(.nan)) else { Issue.record("no double"); return }
        #expect(nan.isNaN)
    }

    @Test func aliasesSparkPrintsUpperCase() {
        #expect(Expression.function("regexp", [.column("str"), .column("re")]).generatedName == "REGEXP(str, re)")
        #expect(Expression.function("regexp_like", [.column("str"), .column("re")]).generatedName == "REGEXP_LIKE(str, re)")
        #expect(Expression.function("sha", [.column("s")]).generatedName == "sha(s)")
    }
}
