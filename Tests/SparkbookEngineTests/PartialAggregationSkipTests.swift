import Testing
@testable import SparkbookEngine

/// The policy passes rows through only once, after enough rows, when the groups are nearly as many as the rows,
/// and only for calls whose merge is the same fold as their update.
struct PartialAggregationSkipTests {
    static let calls: [TypedAggregationPlan.Call] = [.countRows, .countValid, .sumLong, .minimum, .maximum]

    @Test func decidesAfterTheMinimumRowsWhenGroupsAreNearlyAsManyAsRows() {
        var skip = PartialAggregationSkip(calls: Self.calls, keyCount: 2, minimumRows: 1_000)
        skip.observe(rows: 600, groups: 600)
        #expect(!skip.passingThrough)
        skip.observe(rows: 600, groups: 1_150)
        #expect(skip.passingThrough)
    }

    @Test func keepsHashingWhenGroupsRepeatAndDecidesOnce() {
        var skip = PartialAggregationSkip(calls: Self.calls, keyCount: 1, minimumRows: 1_000)
        skip.observe(rows: 1_200, groups: 100)
        #expect(!skip.passingThrough)
        // Later blocks of new groups do not reopen the decision.
        skip.observe(rows: 100_000, groups: 100_100)
        #expect(!skip.passingThrough)
    }

    /// A double sum's last digits depend on how its rows were grouped before the final merge.
    @Test func doubleSumsAveragesMomentsPercentilesAndGlobalAggregatesKeepHashing() {
        for calls: [TypedAggregationPlan.Call] in [[.countRows, .sumDouble], [.sumLong, .average],
                                                   [.countRows, .moments(.stddev)], [.percentile(0.5)]] {
            var skip = PartialAggregationSkip(calls: calls, keyCount: 1, minimumRows: 10)
            skip.observe(rows: 100, groups: 100)
            #expect(!skip.passingThrough)
        }
        var global = PartialAggregationSkip(calls: [.countRows], keyCount: 0, minimumRows: 10)
        global.observe(rows: 100, groups: 1)
        #expect(!global.passingThrough)
    }
}
