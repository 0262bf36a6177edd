import SparkbookUtilities
import Testing
@testable import SparkbookEngine

/// Selection puts the value of each rank where a full sort would, in Spark's double order (NaN last).
struct SelectionKernelTests {
    static func check(_ values: [Double]) {
        let sorted = values.sorted(by: PercentileStates.precedes)
        for k in Set([0, values.count / 2, values.count - 1, (values.count - 1) / 3]) {
            var copy = values
            copy.withUnsafeMutableBufferPointer { SelectionKernel.select($0, k, by: PercentileStates.precedes) }
            let v = copy[k]
            #expect(v.bitPattern == sorted[k].bitPattern || (v.isNaN && sorted[k].isNaN))
            #expect(copy[..<k].allSatisfy { !PercentileStates.precedes(v, $0) })
            #expect(copy[(k + 1)...].allSatisfy { !PercentileStates.precedes($0, v) })
            #expect(copy.sorted(by: PercentileStates.precedes).map(\.bitPattern) == sorted.map(\.bitPattern))
        }
    }

    @Test func ranksMatchTheSortedOrder() {
        var random = SplitMix64(seed: 7)
        for n in [1, 2, 3, 15, 16, 17, 100, 1000, 4097] {
            Self.check((0..<n).map { _ in Double(Int.random(in: -1000...1000, using: &random)) / 8 })
        }
    }

    @Test func manyDuplicatesAndNaNs() {
        var random = SplitMix64(seed: 11)
        for n in [5, 50, 500, 3000] {
            Self.check((0..<n).map { _ in
                let r = Int.random(in: 0..<10, using: &random)
                return r == 0 ? .nan : Double(r % 3)
            })
        }
        Self.check([Double](repeating: 4, count: 1000))
        Self.check([Double](repeating: .nan, count: 100))
    }

    @Test func sortedAndReversedInputs() {
        Self.check((0..<2000).map(Double.init))
        Self.check((0..<2000).reversed().map(Double.init))
    }
}
