import Testing
@testable import SparkbookEngine

/// Arrays filled in place, one per bucket: what the pointers received is what the arrays hold, up to the counts
/// the filler returns, with nested arrays and with the copying path past `maximumNesting` buckets alike.
struct BucketArraysTests {
    /// Deals `0..<n` round-robin into `buckets` buckets through `BucketArrays.fill`.
    static func dealt(_ n: Int, buckets: Int) -> [[Int64]] {
        let counts = (0..<buckets).map { p in (n - p + buckets - 1) / buckets }
        return BucketArrays.fill(capacities: counts) { (values: UnsafePointer<UnsafeMutablePointer<Int64>>) in
            var rows = [Int](repeating: 0, count: buckets)
            for i in 0..<n {
                let p = i % buckets
                values[p][rows[p]] = Int64(i)
                rows[p] += 1
            }
            return rows
        }
    }

    static func expected(_ n: Int, buckets: Int) -> [[Int64]] {
        (0..<buckets).map { p in stride(from: p, to: n, by: buckets).map(Int64.init) }
    }

    @Test func arraysHoldWhatThePointersReceived() {
        #expect(Self.dealt(10, buckets: 3) == Self.expected(10, buckets: 3))
        #expect(Self.dealt(100_000, buckets: 200) == Self.expected(100_000, buckets: 200))
    }

    @Test func emptyBucketsAndNoBuckets() {
        #expect(Self.dealt(2, buckets: 5) == [[0], [1], [], [], []])
        #expect(Self.dealt(0, buckets: 0) == [])
    }

    @Test func manyBucketsTakeTheCopyingPath() {
        let buckets = BucketArrays.maximumNesting + 3
        #expect(Self.dealt(5 * buckets + 7, buckets: buckets) == Self.expected(5 * buckets + 7, buckets: buckets))
    }

    @Test func countsBelowTheCapacitiesEndTheArrays() {
        let arrays = BucketArrays.fill(capacities: [16, 16]) { (bytes: UnsafePointer<UnsafeMutablePointer<UInt8>>) in
            // Slack past the count may be written (a string's whole words) and is not part of the array.
            for i in 0..<16 { bytes[0][i] = UInt8(i); bytes[1][i] = 0xFF }
            return [3, 0]
        }
        #expect(arrays == [[0, 1, 2], []])
    }
}
