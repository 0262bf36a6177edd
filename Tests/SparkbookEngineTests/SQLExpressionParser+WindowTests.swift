import Testing
@testable import SparkbookEngine

/// `OVER (...)` in SQL text: partitioning, ordering, frames, and Spark's generated names.
@Suite struct SQLExpressionParserWindowTests {
    @Test func partitionOrderAndDefaultFrames() throws {
        let e = try SQLExpressionParser.parse("ROW_NUMBER() OVER (PARTITION BY a, b ORDER BY c DESC)")
        #expect(e == .window(.rowNumber, WindowSpecification(partitionBy: [.column("a"), .column("b")],
                                                              orderBy: [.sortOrder(.column("c"), .descending)])))
        #expect(e.generatedName == "row_number() OVER (PARTITION BY a, b ORDER BY c DESC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)")
        #expect(try SQLExpressionParser.parse("SUM(x) OVER (PARTITION BY a)").generatedName
                == "sum(x) OVER (PARTITION BY a ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)")
        #expect(try SQLExpressionParser.parse("count(*) over ()").generatedName
                == "count(1) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)")
        #expect(try SQLExpressionParser.parse("LAG(x, 1) OVER (ORDER BY t)").generatedName
                == "lag(x, 1, NULL) OVER (ORDER BY t ASC NULLS FIRST ROWS BETWEEN -1 FOLLOWING AND -1 FOLLOWING)")
    }

    @Test func explicitFrames() throws {
        func frame(_ text: String) throws -> WindowFrame? {
            guard case .window(_, let spec) = try SQLExpressionParser.parse("sum(x) OVER (ORDER BY t \(text))") else { return nil }
            return spec.frame
        }
        #expect(try frame("ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW")
                == WindowFrame(.rows, start: .min, end: 0, writtenInSQL: true))
        #expect(try frame("RANGE BETWEEN 2 PRECEDING AND 3 FOLLOWING") == WindowFrame(.range, start: -2, end: 3, writtenInSQL: true))
        #expect(try frame("ROWS 1 PRECEDING") == WindowFrame(.rows, start: -1, end: 0, writtenInSQL: true))
        #expect(try frame("ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING") == WindowFrame(.rows, start: 0, end: .max, writtenInSQL: true))
        #expect(try SQLExpressionParser.parse("avg(x) OVER (ORDER BY t ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING)").generatedName
                == "avg(x) OVER (ORDER BY t ASC NULLS FIRST ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING)")
    }

    @Test func aWindowInsideALargerExpressionAndWithAnAlias() throws {
        let e = try SQLExpressionParser.parseNamed("x - min(x) OVER (PARTITION BY k) AS d")
        guard case .alias(.binary(.subtract, .column("x"), .window(let call, _)), "d") = e else {
            Issue.record("unexpected \(e)"); return
        }
        #expect(call == .aggregate(.min, .column("x")))
    }

    @Test func badWindowsAreErrors() {
        let notWindow = #expect(throws: SparkError.self) { try SQLExpressionParser.parse("upper(x) OVER (ORDER BY t)") }
        #expect(notWindow?.errorClass == "UNSUPPORTED_EXPR_FOR_WINDOW")
        let badBound = #expect(throws: SparkError.self) { try SQLExpressionParser.parse("sum(x) OVER (ROWS BETWEEN 1 AND 2)") }
        #expect(badBound?.errorClass == "PARSE_SYNTAX_ERROR")
    }
}
