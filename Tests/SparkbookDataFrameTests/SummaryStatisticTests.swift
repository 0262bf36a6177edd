import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

@Suite struct SummaryStatisticTests {
    @Test func percentilesTakeTheValueAtRankCeilPN() {
        let values = (1...10).map { Value.integer(Int32($0)) }.shuffled()
        #expect(SummaryStatistic.percentile(0.25, of: values) == .integer(3))
        #expect(SummaryStatistic.percentile(0.5, of: values) == .integer(5))
        #expect(SummaryStatistic.percentile(0.75, of: values) == .integer(8))
        #expect(SummaryStatistic.percentile(0.33, of: values) == .integer(4))
        #expect(SummaryStatistic.percentile(0, of: values) == .integer(1))
        #expect(SummaryStatistic.percentile(1, of: values) == .integer(10))
        #expect(SummaryStatistic.percentile(0.5, of: [.double(2.5), .double(1.0)]) == .double(1.0))
    }

    @Test func namesParseAsSparkAcceptsThem() {
        #expect(SummaryStatistic("12.5%") != nil)
        #expect(SummaryStatistic("count_distinct") != nil)
        #expect(SummaryStatistic("101%") == nil)
        #expect(SummaryStatistic("median") == nil)
        #expect(SummaryStatistic.unrecognized("median").errorClass == "UNRECOGNIZED_STATISTIC")
    }

    @Test func stringColumnsHaveNoPercentiles() {
        let quartile = SummaryStatistic("25%")!
        #expect(quartile.result(.array([.string("a")]), numeric: false) == .null)
        #expect(quartile.result(.array([]), numeric: true) == .null)
    }

    @Test func summaryOfTheSeedHasEveryDefaultStatistic() async throws {
        let df = try SeedData.shared.events.select([Column("amount")])
        let rows = try await df.summary([]).collect()
        #expect(rows.map { $0.values[0] } == SummaryStatistic.defaults.map { .string($0) })
    }
}
