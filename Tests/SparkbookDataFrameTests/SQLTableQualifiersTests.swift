import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// Qualified names in queries: a join side's column with joins, the plain column otherwise; unknown ones kept.
@Suite struct SQLTableQualifiersTests {
    static func items(_ text: String) throws -> [Expression] { try SQLQueryParser.parse(text).items }

    @Test func joinSidesReadTheirOwnColumns() throws {
        let query = try SQLQueryParser.parse("SELECT a.k, B.k, k FROM t a JOIN u b ON a.k = b.k")
        var qualifiers = SQLTableQualifiers()
        qualifiers.add(query.from!, planId: 7)
        qualifiers.add(query.joins[0].table, planId: 9)
        #expect(query.items.map(qualifiers.resolved)
                == [.dataFrameColumn("k", planId: 7), .dataFrameColumn("k", planId: 9), .column("k")])
        #expect(qualifiers.resolved(query.joins[0].condition!)
                == .binary(.equal, .dataFrameColumn("k", planId: 7), .dataFrameColumn("k", planId: 9)))
    }

    @Test func oneTableReadsThePlainColumnAndAnUnknownQualifierIsKeptForTheBinder() throws {
        let query = try SQLQueryParser.parse("SELECT s.total, upper(x.name) FROM (SELECT 1 AS total) s ORDER BY s.total")
        var qualifiers = SQLTableQualifiers()
        qualifiers.add(query.from!, planId: 3)
        #expect(query.items.map(qualifiers.resolved) == [.column("total"), .function("upper", [.column("x.name")])])
        #expect(query.orderBy.map(SQLTableQualifiers.unqualified) == [.sortOrder(.column("total"), .ascending)])
    }

    @Test func expressionsOutsideQueriesDropTheQualifier() throws {
        #expect(try SQLExpressionParser.parse("p.id + 1") == .binary(.add, .column("id"), .literal(.integer(1))))
        #expect(SQLExpressionParser.qualifiedName("id") == nil)
    }
}
