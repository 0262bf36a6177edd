import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// Uncorrelated subqueries in `spark.sql` expressions: run first, their results put in place as Spark does.
@Suite struct SQLSubqueryRunnerTests {
    static func session() throws -> SparkSession {
        let session = try SeedData.session()
        let t = try session.createDataFrame(
            rows: [[.string("a"), .integer(1)], [.string("a"), .integer(2)], [.string("b"), .integer(6)], [.null, .null]],
            schema: StructType([StructField("k", .string), StructField("x", .integer)]))
        session.catalog.register("t", t.plan)
        let u = try session.createDataFrame(rows: [[.integer(1)], [.null]], schema: StructType([StructField("y", .integer)]))
        session.catalog.register("u", u.plan)
        return session
    }

    static func rows(_ session: SparkSession, _ query: String) async throws -> [[Value]] {
        try await session.sql(query).collect().map(\.values)
    }

    @Test func aScalarSubqueryInWhereComparesWithItsValue() async throws {
        let session = try Self.session()
        #expect(try await Self.rows(session, "SELECT x FROM t WHERE x > (SELECT AVG(x) FROM t)") == [[.integer(6)]])
    }

    @Test func aScalarSubqueryInSelectIsNamedAsSparkNamesIt() async throws {
        let session = try Self.session()
        let frame = try await session.sql("SELECT x, (SELECT MAX(x) FROM t), (SELECT MIN(x) FROM t) + 1 FROM t WHERE x = 1")
        #expect(try frame.columns() == ["x", "scalarsubquery()", "(scalarsubquery() + 1)"])
        #expect(try frame.schema().fields[1].dataType == .integer)
        #expect(try await frame.collect().map(\.values) == [[.integer(1), .integer(6), .integer(2)]])
    }

    @Test func noRowIsATypedNull() async throws {
        let session = try Self.session()
        let frame = try await session.sql("SELECT (SELECT x FROM t WHERE x > 100) AS none")
        #expect(try frame.schema().fields[0].dataType == .integer)
        #expect(try await frame.collect().map(\.values) == [[.null]])
    }

    @Test func twoRowsAreSparksError() async throws {
        let session = try Self.session()
        let error = await #expect(throws: SparkError.self) { try await Self.rows(session, "SELECT (SELECT x FROM t)") }
        #expect(error?.description == "[SCALAR_SUBQUERY_TOO_MANY_ROWS] More than one row returned by a subquery used as an expression. SQLSTATE: 21000")
    }

    @Test func twoColumnsWhereAScalarIsNeededAreSparksError() async throws {
        let session = try Self.session()
        let error = await #expect(throws: SparkError.self) { try await Self.rows(session, "SELECT (SELECT k, x FROM t)") }
        #expect(error?.errorClass == "INVALID_SUBQUERY_EXPRESSION.SCALAR_SUBQUERY_RETURN_MORE_THAN_ONE_OUTPUT_COLUMN")
    }

    @Test func inAndNotInFollowSQLsNullRules() async throws {
        let session = try Self.session()
        #expect(try await Self.rows(session, "SELECT x FROM t WHERE x IN (SELECT y FROM u)") == [[.integer(1)]])
        // A null among the values makes `x NOT IN` unknown for every x not found: no row passes.
        #expect(try await Self.rows(session, "SELECT x FROM t WHERE x NOT IN (SELECT y FROM u)") == [])
        #expect(try await Self.rows(session, "SELECT x FROM t WHERE x NOT IN (SELECT y FROM u WHERE y IS NOT NULL)")
                == [[.integer(2)], [.integer(6)]])
        // Nothing to be in: every row, the null one too.
        #expect(try await Self.rows(session, "SELECT x FROM t WHERE x NOT IN (SELECT y FROM u WHERE y > 5)").count == 4)
    }

    @Test func inInASelectListTellsWhetherTheValueWasFound() async throws {
        let session = try Self.session()
        // Spark's existence join: false, never null, for a value not found among values holding a null.
        let frame = try await session.sql("SELECT x IN (SELECT y FROM u) FROM t")
        #expect(try frame.columns() == ["(x IN (listquery()))"])
        #expect(try await frame.collect().map(\.values) == [[.boolean(true)], [.boolean(false)], [.boolean(false)], [.boolean(false)]])
    }

    @Test func existsAndNotExists() async throws {
        let session = try Self.session()
        #expect(try await Self.rows(session, "SELECT x FROM t WHERE EXISTS (SELECT 1 FROM u WHERE y = 1)").count == 4)
        #expect(try await Self.rows(session, "SELECT x FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE y = 1)") == [])
        #expect(try await Self.rows(session, "SELECT x FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE y > 5)").count == 4)
    }

    @Test func aCorrelatedSubqueryIsRefusedNamingTheOuterColumn() async throws {
        let session = try Self.session()
        let error = await #expect(throws: SparkError.self) {
            try await Self.rows(session, "SELECT k FROM t WHERE x > (SELECT MAX(y) FROM u WHERE u.y = t.x)")
        }
        #expect(error?.message.contains("Correlated subqueries are not supported by Sparkbook yet") == true)
        #expect(error?.message.contains("`t.x`") == true)
    }

    @Test func aTypoInASubqueryIsStillATypo() async throws {
        let session = try Self.session()
        let error = await #expect(throws: SparkError.self) { try await Self.rows(session, "SELECT x FROM t WHERE x > (SELECT MAX(yy) FROM u)") }
        #expect(error?.errorClass?.hasPrefix("UNRESOLVED_COLUMN") == true)
    }
}
