import Testing
@testable import SparkbookEngine

/// The policy passes rows through only once, after enough rows, when the groups are nearly as many as the rows,
/// and only for calls the final aggregate merges exactly as Spark's partial states.
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

    /// A double sum's and an average's last digits depend on how a task's rows of a group are added; the final
    /// aggregate sums a task's states of a group first (`MapTaskPartials`), so they pass through too.
    @Test func doubleSumsAndAveragesPassThrough() {
        for calls: [TypedAggregationPlan.Call] in [[.countRows, .sumDouble], [.sumLong, .average]] {
            var skip = PartialAggregationSkip(calls: calls, keyCount: 1, minimumRows: 10)
            skip.observe(rows: 100, groups: 100)
            #expect(skip.passingThrough)
        }
    }

    /// Their merge is another formula than their update.
    @Test func momentsPercentilesAndGlobalAggregatesKeepHashing() {
        for calls: [TypedAggregationPlan.Call] in [[.countRows, .moments(.stddev)], [.sumDouble, .percentile(0.5)]] {
            var skip = PartialAggregationSkip(calls: calls, keyCount: 1, minimumRows: 10)
            skip.observe(rows: 100, groups: 100)
            #expect(!skip.passingThrough)
        }
        var global = PartialAggregationSkip(calls: [.countRows], keyCount: 0, minimumRows: 10)
        global.observe(rows: 100, groups: 1)
        #expect(!global.passingThrough)
    }
}
