import Testing
@testable import SparkbookEngine

@Suite struct SQLExpressionParserTests {
    /// `LIKE ... ESCAPE`, named as PySpark 4.3.0 prints `'a_b' like 'a/_b' escape '/'`.
    @Test func likeTakesAnEscapeCharacter() throws {
        let e = try SQLExpressionParser.parse("'a_b' like 'a/_b' escape '/'")
        #expect(e == .function("like", [.literal(.string("a_b")), .literal(.string("a/_b")), .literal(.string("/"))]))
        let bound = try ExpressionBinder(schema: StructType([])).bind(e)
        #expect(try bound.evaluate(RecordBatch(schema: StructType([]), columns: [], rowCount: 1)).value(at: 0) == .boolean(true))
    }

    @Test func hexLiteralsAreBinaries() throws {
        #expect(try SQLExpressionParser.parse("X'6162'") == .literal(.binary([0x61, 0x62])))
        #expect(try SQLExpressionParser.parse("X'6162'").generatedName == "X'6162'")
        #expect(throws: SparkError.self) { try SQLExpressionParser.parse("X'616'") }
    }

    /// As Spark types literals: a point makes an exact decimal of just its digits, an exponent or `D` a double.
    @Test func decimalLiteralsAreExact() throws {
        #expect(try SQLExpressionParser.number("0.10") == .decimal(DecimalValue(unscaled: 10, precision: 2, scale: 2)))
        #expect(try SQLExpressionParser.number("100.5") == .decimal(DecimalValue(unscaled: 1005, precision: 4, scale: 1)))
        #expect(try SQLExpressionParser.number("12345678901234567890")
                == .decimal(DecimalValue(unscaled: 12345678901234567890, precision: 20, scale: 0)))
        #expect(try SQLExpressionParser.number("1.5E2") == .double(150))
        #expect(try SQLExpressionParser.number("2.5D") == .double(2.5))
        #expect(try SQLExpressionParser.number("7") == .integer(7))
    }

    /// Names and types PySpark 4.3.0 gives `selectExpr("-5", "- 5", "-(5)", "1Y", "2S", "3L", ...)`.
    @Test func typeSuffixesAndSignsAreLiterals() throws {
        #expect(try SQLExpressionParser.number("1Y") == .byte(1))
        #expect(try SQLExpressionParser.number("2S") == .short(2))
        #expect(try SQLExpressionParser.number("3L") == .long(3))
        #expect(try SQLExpressionParser.number("1.5F") == .float(1.5))
        #expect(try SQLExpressionParser.number("1.50BD") == .decimal(DecimalValue(unscaled: 150, precision: 3, scale: 2)))
        #expect(throws: SparkError.self) { try SQLExpressionParser.number("300Y") }
        #expect(try SQLExpressionParser.parse("-2147483648") == .literal(.integer(.min)))
        #expect(try SQLExpressionParser.parse("- 5").generatedName == "-5")
        #expect(try SQLExpressionParser.parse("-(5)").generatedName == "(- 5)")
        #expect(try SQLExpressionParser.parse("1Y + 2S + 3L").generatedName == "((1 + 2) + 3)")
    }

    @Test func aDateLiteralIsAValueNamedAsSparkNamesIt() throws {
        #expect(try SQLExpressionParser.parse("date'2024-01-02'") == .literal(.date(19724)))
        #expect(try SQLExpressionParser.parse("DATE '2024-01-02'").generatedName == "DATE '2024-01-02'")
        #expect(throws: SparkError.self) { try SQLExpressionParser.parse("date'2024-13-01'") }
    }

    @Test func precedenceAndAliases() throws {
        let e = try SQLExpressionParser.parseNamed("age * 2 + 1 AS x")
        #expect(e == .alias(.binary(.add, .binary(.multiply, .column("age"), .literal(.integer(2))), .literal(.integer(1))), name: "x"))
        #expect(try SQLExpressionParser.parse("a > 1 AND b IS NULL OR NOT c").generatedName == "(((a > 1) AND (b IS NULL)) OR (NOT c))")
    }

    @Test func inBetweenLikeAndCase() throws {
        #expect(try SQLExpressionParser.parse("country IN ('US', 'DE')").generatedName == "(country IN (US, DE))")
        #expect(try SQLExpressionParser.parse("x BETWEEN 1 AND 2").generatedName == "between(x, 1, 2)")
        #expect(try SQLExpressionParser.parse("a <=> b").generatedName == "(a <=> b)")
        #expect(try SQLExpressionParser.parse("a div 2").generatedName == "(a div 2)")
        #expect(try SQLExpressionParser.parse("a <> 2").generatedName == "(NOT (a = 2))")
        #expect(try SQLExpressionParser.parse("CASE WHEN a > 1 THEN 'x' ELSE 'y' END").generatedName == "CASE WHEN (a > 1) THEN x ELSE y END")
        #expect(try SQLExpressionParser.parse("count(*)") == .aggregate(.count, .star))
    }

    @Test func multiColumnDistinctAndIgnoreNulls() throws {
        #expect(try SQLExpressionParser.parse("count(DISTINCT a, b)").generatedName == "count(DISTINCT a, b)")
        #expect(try SQLExpressionParser.parse("first(x, true)") == .aggregate(.firstIgnoreNulls, .column("x")))
        #expect(try SQLExpressionParser.parse("last(x) IGNORE NULLS") == .aggregate(.lastIgnoreNulls, .column("x")))
        #expect(try SQLExpressionParser.parse("first(x, false)") == .aggregate(.first, .column("x")))
        #expect(try SQLExpressionParser.parse("last(x)") == .aggregate(.last, .column("x")))
    }

    @Test func syntaxErrorsAreSparks() {
        #expect(throws: SparkError.self) { try SQLExpressionParser.parse("a +") }
        #expect(throws: SparkError.self) { try SQLExpressionParser.parse("(a") }
    }

    @Test func selectQueries() throws {
        let q = try SQLQueryParser.parse("SELECT country, COUNT(*) AS n FROM people p JOIN o ON p.id = o.cid WHERE age > 3 GROUP BY country HAVING COUNT(*) > 1 ORDER BY n DESC LIMIT 5")
        #expect(q.items.count == 2)
        #expect(q.from?.name == "people" && q.from?.alias == "p")
        #expect(q.joins.count == 1 && q.joins[0].type == .inner)
        #expect(q.groupBy == [.column("country")])
        #expect(q.limit == 5)
        #expect(q.orderBy == [.sortOrder(.column("n"), .descending)])
    }

    @Test func arraySubscriptsAndArrayCasts() throws {
        #expect(try SQLExpressionParser.parse("split(s, ',')[0]").generatedName == "split(s, ,, -1)[0]")
        #expect(try SQLExpressionParser.parse("xs[1][2]")
                == .function(ArrayFunctions.itemAccess, [.function(ArrayFunctions.itemAccess, [.column("xs"), .literal(.integer(1))]),
                                                        .literal(.integer(2))]))
        #expect(try SQLExpressionParser.parse("CAST(xs AS ARRAY<ARRAY<INT>>)")
                == .cast(.column("xs"), .array(element: .array(element: .integer, containsNull: true), containsNull: true)))
        #expect(throws: SparkError.self) { try SQLExpressionParser.parse("xs[0") }
    }

    @Test func ordinalsNameSelectItems() throws {
        let q = try SQLQueryParser.parse("SELECT upper(c) AS u, count(*) FROM t GROUP BY 1 ORDER BY 2 DESC, 1")
        #expect(q.groupBy == [.function("upper", [.column("c")])])
        #expect(q.orderBy == [.sortOrder(.column("count(1)"), .descending), .sortOrder(.column("u"), .ascending)])
    }

    @Test func anOrdinalOutsideTheSelectListIsSparksError() {
        #expect { try SQLQueryParser.parse("SELECT a, b FROM t ORDER BY 3") } throws: { error in
            (error as? SparkError)?.errorClass == "ORDER_BY_POS_OUT_OF_RANGE"
        }
        #expect { try SQLQueryParser.parse("SELECT a FROM t GROUP BY 0") } throws: { error in
            (error as? SparkError)?.errorClass == "GROUP_BY_POS_OUT_OF_RANGE"
        }
    }
}
