import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `spark.sql` over common table expressions, subqueries and window functions.
@Suite struct SparkSessionSQLTests {
    static func session() throws -> SparkSession {
        let session = try SeedData.session()
        let t = try session.createDataFrame(
            rows: [[.string("a"), .integer(1)], [.string("a"), .integer(2)], [.string("b"), .integer(5)]],
            schema: StructType([StructField("k", .string), StructField("x", .integer)]))
        session.catalog.register("t", t.plan)
        return session
    }

    @Test func commonTablesSeeEarlierOnesAndShadowViews() async throws {
        let session = try Self.session()
        let frame = try await session.sql("""
            WITH t AS (SELECT k, x * 10 AS x FROM t), s AS (SELECT k, sum(x) AS total FROM t GROUP BY k)
            SELECT * FROM s ORDER BY k
            """)
        #expect(try await frame.collect().map(\.values) == [[.string("a"), .long(30)], [.string("b"), .long(50)]])
    }

    @Test func subqueriesInFromAndWindowsInSelect() async throws {
        let session = try Self.session()
        let frame = try await session.sql("""
            SELECT k, x FROM (SELECT k, x, ROW_NUMBER() OVER (PARTITION BY k ORDER BY x DESC) AS rn FROM t) ranked
            WHERE rn = 1 ORDER BY k
            """)
        #expect(try await frame.collect().map(\.values) == [[.string("a"), .integer(2)], [.string("b"), .integer(5)]])
    }

    @Test func orderingByAColumnTheWindowedSelectDropsSortsAfterTheWindows() async throws {
        let session = try Self.session()
        let frame = try await session.sql("SELECT k, ROW_NUMBER() OVER (ORDER BY x DESC) AS rn FROM t ORDER BY x")
        #expect(try frame.columns() == ["k", "rn"])
        #expect(try await frame.collect().map(\.values)
                == [[.string("a"), .integer(3)], [.string("a"), .integer(2)], [.string("b"), .integer(1)]])
    }

    @Test func aCommonTableIsNotAViewOutsideItsQuery() async throws {
        let session = try Self.session()
        _ = try await session.sql("WITH c AS (SELECT k FROM t) SELECT * FROM c")
        let error = await #expect(throws: SparkError.self) { try await session.sql("SELECT * FROM c") }
        #expect(error?.errorClass == "TABLE_OR_VIEW_NOT_FOUND")
    }
}
