import Testing
@testable import SparkbookEngine

/// `approx_count_distinct` estimates recorded from PySpark 4.3.0 over `spark.range(n)`.
@Suite struct HyperLogLogPlusPlusTests {
    func estimate(_ n: Int64, _ rsd: Double, _ value: (Int64) -> Value = { .long($0) }) throws -> Int64 {
        try HyperLogLogPlusPlus.estimate((0..<n).map(value), relativeSD: rsd)
    }

    @Test func estimatesMatchSpark() throws {
        #expect(try estimate(100_000, 0.05) == 95546)
        #expect(try estimate(100_000, 0.1) == 102_065)
        #expect(try estimate(100_000, 0.01) == 100_425)
        #expect(try estimate(3000, 0.05) == 2770)
        #expect(try estimate(3000, 0.1) == 3039)
        #expect(try estimate(3000, 0.05) { .string(String($0)) } == 2788)
        #expect(try estimate(3000, 0.05) { .double(Double($0)) } == 2837)
    }

    @Test func smallSetsCountLinearly() throws {
        #expect(try estimate(3, 0.05) == 3)
        #expect(try HyperLogLogPlusPlus.precision(relativeSD: 0.05) == 9)
        #expect(throws: SparkError.self) { try HyperLogLogPlusPlus.precision(relativeSD: 0.5) }
    }
}
