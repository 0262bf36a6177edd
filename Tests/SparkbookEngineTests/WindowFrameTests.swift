import Testing
@testable import SparkbookEngine

@Suite struct WindowFrameTests {
    @Test func printsBoundsAsSparkDoes() {
        #expect(WindowFrame(.rows, start: -1, end: 1).sql == "ROWS BETWEEN -1 FOLLOWING AND 1 FOLLOWING")
        #expect(WindowFrame(.range, start: WindowFrame.unboundedPreceding, end: WindowFrame.currentRow).sql
                == "RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW")
        #expect(WindowFrame(.rows, start: 0, end: WindowFrame.unboundedFollowing).sql
                == "ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING")
    }

    @Test func sqlTextKeepsItsPrecedingSpelling() {
        let sql = WindowFrame(.rows, start: -2, end: 1, writtenInSQL: true)
        #expect(sql.sql == "ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING")
        #expect(sql != WindowFrame(.rows, start: -2, end: 1))
        #expect(WindowFrame(.rows, start: 1, end: 1, writtenInSQL: true).sql == WindowFrame(.rows, start: 1, end: 1).sql)
    }

    @Test func defaultsDependOnOrdering() {
        #expect(WindowFrame.aggregateDefault(ordered: true) == WindowFrame(.range, start: .min, end: 0))
        #expect(WindowFrame.aggregateDefault(ordered: false) == WindowFrame(.rows, start: .min, end: .max))
    }

    @Test func eachFunctionNamesItsOwnFrame() {
        let spec = WindowSpecification(partitionBy: [.column("k")], orderBy: [.column("y")])
        #expect(Expression.window(.lag(.column("x"), offset: 1, defaultValue: .null), spec).generatedName
                == "lag(x, 1, NULL) OVER (PARTITION BY k ORDER BY y ASC NULLS FIRST ROWS BETWEEN -1 FOLLOWING AND -1 FOLLOWING)")
        #expect(Expression.window(.rowNumber, spec).generatedName
                == "row_number() OVER (PARTITION BY k ORDER BY y ASC NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)")
        #expect(Expression.window(.aggregate(.sum, .column("x")), WindowSpecification(partitionBy: [.column("k")])).generatedName
                == "sum(x) OVER (PARTITION BY k ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)")
        var framed = spec
        framed.frame = WindowFrame(.rows, start: 0, end: 2)
        #expect(Expression.window(.aggregate(.firstIgnoreNulls, .column("x")), framed).generatedName
                == "first(x) OVER (PARTITION BY k ORDER BY y ASC NULLS FIRST ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING)")
    }
}
