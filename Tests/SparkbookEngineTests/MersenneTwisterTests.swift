import Testing
@testable import SparkbookEngine

/// Spark's `uuid(123)` on one partition (PySpark 4.3.0's docstring): Commons Math's generator bit for bit.
@Suite struct MersenneTwisterTests {
    @Test func uuidsMatchSpark() {
        var draws = UUIDFunction.Draws(random: MersenneTwister(seed: 123))
        let column = draws.next(2)
        #expect(column.value(at: 0) == .string("4c99192d-23d6-4d88-b814-a634398120f0"))
        #expect(column.value(at: 1) == .string("af506873-3c53-41e3-8354-a24856b8de8a"))
    }
}
