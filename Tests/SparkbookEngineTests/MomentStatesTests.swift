import Testing
@testable import SparkbookEngine

/// Spark's central-moment buffers, update and merge: the expected figures are PySpark 4.3's
/// (tests/parity/cases/agg_statistics_typed.py prints them).
struct MomentStatesTests {
    func run(_ function: AggregateFunction, _ x: [Double], _ y: [Double]? = nil, splitAt split: Int? = nil) -> Double? {
        var partials: [MomentStates] = []
        let bounds = split.map { [0..<$0, $0..<x.count] } ?? [0..<x.count]
        for range in bounds {
            var states = MomentStates(function: function)!
            states.addGroups(upTo: 1)
            let ids = [Int32](repeating: 0, count: range.count), valid = [Bool](repeating: true, count: range.count)
            let xs = Array(x[range])
            if let y {
                states.update(rows: range.count, ids: ids, x: xs, xValid: valid, y: Array(y[range]), yValid: valid)
            } else {
                states.update(rows: range.count, ids: ids, x: xs, valid: valid)
            }
            partials.append(states)
        }
        var final = MomentStates(function: function)!
        final.addGroups(upTo: 1)
        for partial in partials {
            let fields = partial.partialColumns([0]).map { column -> [Double] in
                guard case .float64(let v) = column.storage else { return [] }
                return v
            }
            fields.withPointers { final.merge(rows: 1, ids: [0], partials: $0) }
        }
        return final.result(function, 0)
    }

    @Test func varianceFamilyMatchesSpark() {
        #expect(run(.stddev, [1, 3, 5, 6]) == 2.217355782608345)
        #expect(run(.stddev, [7, 2]) == 3.5355339059327378)
        #expect(run(.stddevPop, [1, 3, 5]) == 1.632993161855452)
        #expect(run(.variancePop, [1, 3, 5]) == 2.6666666666666665)
        #expect(run(.variance, [2.0, 4.0, 1.0], splitAt: 1) == 2.3333333333333335)
    }

    @Test func correlationAndCovariancesMatchSpark() {
        #expect(run(.corr, [1, 5, 6], [2.0, 4.5, 1.0]) == 0.052414241836095915)
        #expect(run(.covarSamp, [1, 5, 6], [2.0, 4.5, 1.0]) == 0.25)
        #expect(run(.covarPop, [1, 5, 6], [2.0, 4.5, 1.0]) == 0.16666666666666666)
        #expect(run(.covarSamp, [1, 3, 5, 6, 7, 2], [1, 3, 5, 6, 7, 2], splitAt: 2) == 5.6)
    }

    @Test func sampleStatisticsOfOneRowAreNullAndOfNoneToo() {
        #expect(run(.stddev, [4]) == nil)
        #expect(run(.corr, [4], [1]) == nil)
        #expect(run(.covarPop, [4], [1]) == 0)
        #expect(run(.variancePop, []) == nil)
    }
}
