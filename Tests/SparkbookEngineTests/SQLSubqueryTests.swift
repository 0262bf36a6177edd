import Testing
@testable import SparkbookEngine

/// Subqueries in a query's expressions: the parser keeps each query and leaves a numbered placeholder.
@Suite struct SQLSubqueryTests {
    @Test func aScalarSubqueryInWhereIsAPlaceholderForItsQuery() throws {
        let q = try SQLQueryParser.parse("SELECT * FROM t WHERE amount > (SELECT AVG(amount) FROM t)")
        guard case .binary(.greater, .column("amount"), let right)? = q.whereClause,
              let placeholder = SQLSubquery.placeholder(right) else {
            Issue.record("no placeholder in \(String(describing: q.whereClause))"); return
        }
        #expect(placeholder.index == 0 && placeholder.value == nil)
        #expect(q.subqueries.count == 1)
        #expect(q.subqueries[0].kind == .scalar)
        #expect(q.subqueries[0].query.items == [.aggregate(.avg, .column("amount"))])
        #expect(q.subqueries[0].query.from?.name == "t")
    }

    @Test func inAndNotInKeepTheTestedValue() throws {
        let q = try SQLQueryParser.parse("SELECT id IN (SELECT id FROM u), id FROM t WHERE id NOT IN (SELECT k FROM v)")
        #expect(SQLSubquery.placeholder(q.items[0])?.value == .column("id"))
        guard case .unary(.not, let inner)? = q.whereClause else { Issue.record("NOT IN is no negation"); return }
        #expect(SQLSubquery.placeholder(inner)?.index == 1)
        #expect(q.subqueries.map(\.kind) == [.membership, .membership])
        #expect(q.subqueries[1].query.from?.name == "v")
    }

    @Test func existsAndNotExistsAndNestedSubqueriesAreNumberedInOneTable() throws {
        let q = try SQLQueryParser.parse("""
            SELECT x FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE y > (SELECT MAX(z) FROM w)) AND EXISTS (SELECT 1 FROM u)
            """)
        #expect(q.subqueries.map(\.kind) == [.scalar, .exists, .exists])
        #expect(q.subqueries[0].query.from?.name == "w")
        #expect(q.subqueries[1].query.whereClause.flatMap { e -> Int? in
            guard case .binary(_, _, let r) = e else { return nil }
            return SQLSubquery.placeholder(r)?.index
        } == 0)
    }

    @Test func aBracketedExpressionStaysAnExpression() throws {
        let q = try SQLQueryParser.parse("SELECT (a + 1) * 2 FROM t WHERE a IN (1, 2)")
        #expect(q.subqueries.isEmpty)
        #expect(q.items == [.binary(.multiply, .binary(.add, .column("a"), .literal(.integer(1))), .literal(.integer(2)))])
    }

    @Test func expressionTextOutsideAQueryHasNoSubqueries() {
        #expect(throws: SparkError.self) { try SQLExpressionParser.parse("x > (SELECT 1)") }
    }
}
