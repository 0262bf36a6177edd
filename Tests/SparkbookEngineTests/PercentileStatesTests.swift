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
}
