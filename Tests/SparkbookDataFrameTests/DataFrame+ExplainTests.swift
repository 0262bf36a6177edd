import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `explain()` in Spark's tree layout.
struct DataFrameExplainTests {
    @Test func aUnionListsItsChildrenWithSparksMarkersAndNoExchange() throws {
        let session = try SeedData.session()
        let union = try session.range(0, 4, numPartitions: 1).union(try session.range(10, 12, numPartitions: 2))
        #expect(try union.explainString() == """
            == Physical Plan ==
            Union
            :- Range (0, 4, step=1, splits=1)
            +- Range (10, 12, step=1, splits=2)

            """)
    }

    @Test func aGroupByOverAUnionHasOneExchangeAboveTheUnion() throws {
        let session = try SeedData.session()
        let left = try session.range(0, 4, numPartitions: 1)
        let grouped = try left.union(try session.range(10, 12, numPartitions: 2)).groupBy([Column("id")]).count()
        let lines = try grouped.explainString().split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains("Exchange") }.count == 1)
        #expect(lines.suffix(3) == ["      +- Union", "         :- Range (0, 4, step=1, splits=1)",
                                    "         +- Range (10, 12, step=1, splits=2)"])
    }
}
