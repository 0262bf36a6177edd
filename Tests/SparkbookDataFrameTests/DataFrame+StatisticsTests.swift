import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `corr`, `cov`, `crosstab` as Spark's `StatFunctions` computes them.
@Suite struct DataFrameStatisticsTests {
    static func frame() throws -> DataFrame {
        try SeedData.session().createDataFrame(
            rows: [[.integer(1), .integer(11)], [.integer(1), .integer(11)], [.integer(3), .null], [.null, .integer(8)], [.integer(4), .integer(8)]],
            schema: StructType([StructField("c1", .integer), StructField("c2", .integer)]))
    }

    @Test func aNullCountsAsZeroAsInSparksCovarianceCounter() async throws {
        let df = try Self.frame()
        #expect(abs(try await df.cov("c1", "c2") - -3.6) < 1e-12)
        #expect(abs(try await df.corr("c1", "c2") - -0.4862645390838647) < 1e-12)
    }

    @Test func noRowsIsNaN() async throws {
        let empty = try Self.frame().limit(0)
        #expect(try await empty.corr("c1", "c2").isNaN)
    }

    @Test func crosstabCountsPairsWithValuesAsStrings() async throws {
        let table = try await Self.frame().crosstab("c1", "c2")
        #expect(try table.columns() == ["c1_c2", "11", "8", "null"])
        let rows = try await table.orderBy([Column("c1_c2")]).collect().map(\.values)
        #expect(rows.first == [.string("1"), .long(2), .long(0), .long(0)])
        #expect(rows.last == [.string("null"), .long(0), .long(1), .long(0)])
    }

    @Test func approxQuantileIsExactOnSmallDataAndRoundsTheEndsByTheRelativeError() async throws {
        let df = try Self.frame()
        #expect(try await df.approxQuantile(["c1", "c2"], [0, 0.5, 1], relativeError: 0.05) == [[1, 1, 4], [8, 8, 11]])
        #expect(try await df.approxQuantile(["c1"], [0.2], relativeError: 0.25) == [[1]])
        #expect(try await df.limit(0).approxQuantile(["c1"], [0.5], relativeError: 0.1) == [[]])
    }
}
