import Testing
@testable import SparkbookEngine

/// The radix sort against a stable comparison sort.
struct PrefixRadixSortTests {
    @Test(arguments: [UInt64(0xFF), 0xFFFF_FFFF, .max])
    func sortsAsAStableSortDoes(mask: UInt64) {
        var state: UInt64 = 42
        let prefixes = (0..<5_000).map { _ -> UInt64 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state ^ (state >> 29)) & mask
        }
        let rows = (0..<Int32(prefixes.count)).map { $0 }
        let expected = rows.sorted { (prefixes[Int($0)], $0) < (prefixes[Int($1)], $1) }
        let sorted = PrefixRadixSort.sort(prefixes, rows: rows)
        #expect(sorted.rows == expected)
        #expect(sorted.prefixes == expected.map { prefixes[Int($0)] })
    }

    @Test func equalOrFewPrefixesAreLeftInPlace() {
        #expect(PrefixRadixSort.sort([7, 7, 7], rows: [2, 0, 1]).rows == [2, 0, 1])
        #expect(PrefixRadixSort.sort([], rows: []).rows == [])
        #expect(PrefixRadixSort.sort([3], rows: [9]).rows == [9])
    }
}
