import Testing
@testable import SparkbookEngine

/// Bernoulli sampling per partition, as Spark's `BernoulliCellSampler(lb, ub)` seeded with `seed + partition`.
struct SamplingTests {
    static func batch(_ n: Int) -> RecordBatch {
        var builder = ColumnBuilder(type: .long, capacity: n)
        for i in 0..<n { builder.append(.long(Int64(i))) }
        return RecordBatch(schema: StructType([StructField("id", .long)]), columns: [builder.finish()], rowCount: n)
    }

    static func ids(_ batch: RecordBatch) -> [Value] { (0..<batch.rowCount).map(batch.columns[0].value(at:)) }

    @Test func keepsTheRowsWhoseDrawFallsBelowTheFraction() {
        // rand(3) over 8 rows of partition 0 draws 0.257, 0.670, 0.942, 0.730, 0.115, 0.207, 0.846, 0.759.
        var sampler = Sampling(upperBound: 0.6, seed: 3).sampler(partition: 0)
        #expect(Self.ids(sampler.sample(Self.batch(8))) == [.long(0), .long(4), .long(5)])
    }

    @Test func adjacentRangesOfOneSeedSplitTheRowsWithoutOverlap() {
        let parts = [(0.0, 0.3), (0.3, 0.8), (0.8, 1.0)].map { lower, upper in
            var sampler = Sampling(lowerBound: lower, upperBound: upper, seed: 11).sampler(partition: 1)
            return Self.ids(sampler.sample(Self.batch(50)))
        }
        #expect(parts.map(\.count).reduce(0, +) == 50)
        #expect(Set(parts.joined().map { "\($0)" }).count == 50)
    }

    @Test func anEmptyRangeKeepsNothing() {
        var sampler = Sampling(lowerBound: 0.5, upperBound: 0.5, seed: 1).sampler(partition: 0)
        #expect(sampler.sample(Self.batch(10)).rowCount == 0)
    }
}
