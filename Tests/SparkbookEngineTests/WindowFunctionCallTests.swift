import Testing
@testable import SparkbookEngine

/// Which window function an expression before `OVER` names, in SQL and DataFrame spellings.
@Suite struct WindowFunctionCallTests {
    @Test func rankingsAndAggregates() {
        #expect(WindowFunctionCall(.function("row_number", [])) == .rowNumber)
        #expect(WindowFunctionCall(.function("__row_number", [])) == .rowNumber)
        #expect(WindowFunctionCall(.function("rank", [])) == .rank)
        #expect(WindowFunctionCall(.function("dense_rank", [])) == .denseRank)
        #expect(WindowFunctionCall(.function("percent_rank", [])) == .percentRank)
        #expect(WindowFunctionCall(.aggregate(.sum, .column("x"))) == .aggregate(.sum, .column("x")))
    }

    @Test func offsetsDefaultToOneRowAndNull() {
        #expect(WindowFunctionCall(.function("lag", [.column("x")])) == .lag(.column("x"), offset: 1, defaultValue: .null))
        #expect(WindowFunctionCall(.function("lead", [.column("x"), .literal(.integer(2)), .literal(.string("none"))]))
                == .lead(.column("x"), offset: 2, defaultValue: .string("none")))
    }

    @Test func otherExpressionsAreNoWindowFunction() {
        #expect(WindowFunctionCall(.function("upper", [.column("x")])) == nil)
        #expect(WindowFunctionCall(.function("row_number", [.column("x")])) == nil)
        #expect(WindowFunctionCall(.column("x")) == nil)
        #expect(WindowFunctionCall.unsupported(.function("upper", [.column("x")])).errorClass == "UNSUPPORTED_EXPR_FOR_WINDOW")
    }

    @Test func aRankingOrOffsetWithoutOverIsSparksError() {
        let error = WindowFunctionCall(.function("lag", [.column("t")]))?.withoutOver
        #expect(error?.errorClass == "WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE")
        #expect(error?.message == "Window function \"lag(t, 1, NULL)\" requires an OVER clause.")
        #expect(WindowFunctionCall.rank.withoutOver.message == "Window function \"RANK()\" requires an OVER clause.")
    }
}
