import Testing
@testable import SparkbookEngine

/// Spark's `XORShiftRandom`: the first draws PySpark 4.3 prints for `rand(42)` and `randn(42)` over
/// `spark.range(10)` on `local[2]` (partition 0 is seeded 42, partition 1 is seeded 43).
struct XORShiftRandomTests {
    @Test func uniformDrawsMatchSparksRandForEachPartitionSeed() {
        var first = XORShiftRandom(seed: 42)
        #expect(first.nextDouble() == 0.619189370225301)
        #expect(first.nextDouble() == 0.5096018842446481)
        var second = XORShiftRandom(seed: 43)
        #expect(second.nextDouble() == 0.8017532427858894)
    }

    @Test func gaussianDrawsComeInPairsAsJavaRandomsPolarMethod() {
        var random = XORShiftRandom(seed: 42)
        #expect(random.nextGaussian() == 2.384479054241165)
        #expect(random.nextGaussian() == 0.1920934041293524)
        #expect(random.nextGaussian() == 0.7337336533286575)
    }

    @Test func negativeSeedsAreHashedFromTheirBigEndianBytes() {
        var random = XORShiftRandom(seed: -5)
        #expect(random.nextGaussian() == 0.6941127287272651)
    }

    @Test func drawsStayInTheUnitInterval() {
        var random = XORShiftRandom(seed: 7)
        for _ in 0..<1000 {
            let x = random.nextDouble()
            #expect(x >= 0 && x < 1)
        }
    }
}

extension XORShiftRandomTests {
    @Test func boundedIntegersFollowJavaRandomNextInt() {
        // Spark's round-robin start for map partitions 0 and 1 of a 3-way repartition.
        var zero = XORShiftRandom(seed: 0), one = XORShiftRandom(seed: 1)
        #expect(zero.nextInt(3) == 2)
        #expect(one.nextInt(3) == 0)
        var random = XORShiftRandom(seed: 9)
        for _ in 0..<100 { #expect((0..<8).contains(random.nextInt(8))) }
    }
}
