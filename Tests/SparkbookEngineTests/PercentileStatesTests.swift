import SparkbookUtilities
import Testing
@testable import SparkbookEngine

/// Spark's exact `Percentile` (`median`): the expected figures are PySpark 4.3's.
struct PercentileStatesTests {
    func median(_ groups: [[Double]]) -> [Double?] {
        var states = PercentileStates()
        states.addGroups(upTo: groups.count)
        // Interleave the groups' values, as rows arrive.
        for i in 0..<(groups.map(\.count).max() ?? 0) {
            for (g, values) in groups.enumerated() where i < values.count { states.add(values[i], to: g) }
        }
        let column = states.finalColumn(0..<groups.count, percentage: 0.5)
        return (0..<groups.count).map { column.value(at: $0).doubleValue }
    }

    @Test func medianInterpolatesBetweenTheMiddleValues() {
        let out = median([[6, 1, 5, 3], [2.0, 4.5, 1.0], [7, 2], []])
        #expect(out[0] == 4.0 && out[1] == 2.0 && out[2] == 4.5 && out[3] == nil)
    }

    @Test func nanSortsLastAndPropagatesThroughInterpolation() {
        #expect(median([[Double.nan, 1.0]])[0]!.isNaN)
        #expect(median([[Double.nan, 1.0, 2.0]])[0] == 2.0)
    }

    @Test func partialCellsMergeIntoTheSameResult() throws {
        var map = PercentileStates()
        map.addGroups(upTo: 2)
        for (v, g) in [(3.0, 0), (10.0, 1), (1.0, 0), (20.0, 1)] { map.add(v, to: g) }
        let cells = map.partialColumn([1, 0])
        var final = PercentileStates()
        final.addGroups(upTo: 2)
        final.merge(cells, from: 0, rows: 2, ids: [0, 1])
        final.add(2.0, to: 1)
        let out = final.finalColumn(0..<2, percentage: 0.5)
        #expect(out.value(at: 0) == .double(15.0))
        #expect(out.value(at: 1) == .double(2.0))
    }

    @Test func mergedCellsAreReadWhereTheShuffleHoldsThem() {
        var map = PercentileStates()
        map.addGroups(upTo: 2)
        for i in 0..<10_000 { map.add(Double(i % 977) / 3, to: i % 2) }
        let cells = map.partialColumn([1, 0])
        var final = PercentileStates()
        final.addGroups(upTo: 2)
        final.merge(cells, from: 0, rows: 2, ids: [1, 0])
        // A few bytes per merged cell, not eight per value.
        #expect(final.estimatedBytes < 1_000)
        let expected = map.finalColumn(0..<2, percentage: 0.5), out = final.finalColumn(0..<2, percentage: 0.5)
        #expect((0..<2).map { out.value(at: $0) } == (0..<2).map { expected.value(at: $0) })
    }

    @Test func percentilesMatchSparksSortedDefinition() {
        var random = SplitMix64(seed: 3)
        let groups = (0..<30).map { g in
            (0..<(g * 7 % 53)).map { _ in Double(Int.random(in: -500...500, using: &random)) / 7 }
        }
        var states = PercentileStates()
        states.addGroups(upTo: groups.count)
        for (g, values) in groups.enumerated() { for v in values { states.add(v, to: g) } }
        for percentage in [0.0, 0.1, 0.25, 0.5, 0.77, 1.0] {
            let out = states.finalColumn(0..<groups.count, percentage: percentage)
            for (g, values) in groups.enumerated() {
                let sorted = values.sorted()
                var expected: Double?
                if !sorted.isEmpty {
                    let position = Double(sorted.count - 1) * percentage
                    let lower = position.rounded(.down), higher = position.rounded(.up)
                    let (a, b) = (sorted[Int(lower)], sorted[Int(higher)])
                    expected = higher == lower || a == b ? a : (higher - position) * a + (position - lower) * b
                }
                #expect(out.value(at: g).doubleValue == expected)
            }
        }
    }
}
