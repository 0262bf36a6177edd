import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `sampleBy`: per-stratum fractions over Spark's `rand(seed)`.
@Suite struct DataFrameSamplingTests {
    @Test func sampleByKeepsWholeStrataAtOneAndNoneUnlisted() async throws {
        let df = try SeedData.session().range(0, 30, numPartitions: 3)
        let key = Column(.binary(.modulo, .column("id"), .literal(.long(3))))
        let sampled = try df.sampleBy(key, fractions: [(.long(1), 1.0)], seed: 7)
        #expect(try await sampled.collect().map { $0.values[0] } == (0..<30).filter { $0 % 3 == 1 }.map { .long(Int64($0)) })
    }

    @Test func sampleBySameSeedSameRows() async throws {
        let df = try SeedData.session().range(0, 100, numPartitions: 5)
        let a = try await df.sampleBy(Column("id"), fractions: (0..<100).map { (.long(Int64($0)), 0.5) }, seed: 3).collect()
        let b = try await df.sampleBy(Column("id"), fractions: (0..<100).map { (.long(Int64($0)), 0.5) }, seed: 3).collect()
        #expect(a.map(\.values) == b.map(\.values))
        #expect(a.count > 20 && a.count < 80)
    }

    @Test func aFractionOutsideZeroToOneIsRefused() throws {
        let df = try SeedData.session().range(0, 3)
        #expect(throws: SparkError.self) { try df.sampleBy(Column("id"), fractions: [(.long(1), 1.5)], seed: 0) }
    }
}
