import Testing
@testable import SparkbookEngine

/// Common table expressions and subqueries in FROM: queries nested inside a query.
@Suite struct SQLQueryParserTests {
    @Test func commonTablesInOrder() throws {
        let q = try SQLQueryParser.parse("""
            WITH a AS (SELECT k, x FROM t WHERE x > 1), b AS (SELECT k, sum(x) AS s FROM a GROUP BY k)
            SELECT * FROM b ORDER BY k;
            """)
        #expect(q.commonTables.map(\.name) == ["a", "b"])
        #expect(q.commonTables[0].query.from?.name == "t")
        #expect(q.commonTables[0].query.whereClause != nil)
        #expect(q.commonTables[1].query.from?.name == "a")
        #expect(q.commonTables[1].query.groupBy == [.column("k")])
        #expect(q.from?.name == "b")
        #expect(q.orderBy.count == 1)
    }

    @Test func subqueriesInFromAndJoin() throws {
        let q = try SQLQueryParser.parse("""
            SELECT q.k FROM (SELECT k FROM t LIMIT 3) AS q JOIN (SELECT k AS j FROM u) r ON q.k = r.j
            """)
        guard case .query(let inner)? = q.from?.source else { Issue.record("FROM is no subquery"); return }
        #expect(q.from?.name == nil && q.from?.alias == "q")
        #expect(inner.from?.name == "t" && inner.limit == 3)
        #expect(q.joins.count == 1 && q.joins[0].table.alias == "r")
        guard case .query(let right) = q.joins[0].table.source else { Issue.record("JOIN is no subquery"); return }
        #expect(right.items == [.alias(.column("k"), name: "j")])
    }

    @Test func rangeIsATableValuedFunction() throws {
        let q = try SQLQueryParser.parse("SELECT r.id FROM range(-2, 10, 3) r")
        guard case .range(let arguments)? = q.from?.source else { Issue.record("FROM is no range"); return }
        #expect(arguments == [-2, 10, 3])
        #expect(q.from?.alias == "r")
        let tooMany = #expect(throws: SparkError.self) { try SQLQueryParser.parse("SELECT * FROM range(1, 2, 3, 4, 5)") }
        #expect(tooMany?.errorClass == "WRONG_NUM_ARGS.WITHOUT_SUGGESTION")
        #expect(throws: SparkError.self) { try SQLQueryParser.parse("SELECT * FROM range('a')") }
    }

    @Test func anUnclosedSubqueryOrCommonTableIsASyntaxError() {
        for text in ["SELECT * FROM (SELECT k FROM t", "WITH a AS (SELECT 1 SELECT * FROM a", "WITH a (SELECT 1) SELECT 1"] {
            let error = #expect(throws: SparkError.self) { try SQLQueryParser.parse(text) }
            #expect(error?.errorClass == "PARSE_SYNTAX_ERROR")
        }
    }

    @Test func inlineTablesWithColumnNames() throws {
        let q = try SQLQueryParser.parse("SELECT * FROM VALUES (0), (PI() / 2), (NULL) AS TAB(value)")
        guard case .values(let rows)? = q.from?.source else { Issue.record("FROM is no inline table"); return }
        #expect(rows.count == 3 && rows.allSatisfy { $0.count == 1 })
        #expect(q.from?.alias == "TAB" && q.from?.columnNames == ["value"])
        let bare = try SQLQueryParser.parse("SELECT col1 FROM VALUES 1, 2")
        guard case .values(let two)? = bare.from?.source else { Issue.record("FROM is no inline table"); return }
        #expect(two.count == 2 && bare.from?.columnNames == nil)
    }
}
