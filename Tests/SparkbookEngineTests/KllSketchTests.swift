import Testing
@testable import SparkbookEngine

@Suite struct KllSketchTests {
    static func sketch(_ values: [Int64]) -> KllSketch<Int64> {
        var s = KllSketch<Int64>()
        for v in values { s.update(v) }
        return s
    }

    /// `kll_sketch_agg_bigint` of range(5) recorded from PySpark 4.3 (items stored downwards, level 0 unsorted).
    @Test func serializesAsSparkWrites() {
        #expect(sketchHex(Self.sketch([0, 1, 2, 3, 4]).serialized())
                == "05010F00C80008000500000000000000C8000100C30000000000000000000000040000000000000004000000000000000300000000000000020000000000000001000000000000000000000000000000")
        var floats = KllSketch<Float>()
        for v: Float in [5, 4, 3, 2, 1] { floats.update(v) }
        #expect(sketchHex(floats.serialized())
                == "05010F00C80008000500000000000000C8000100C30000000000803F0000A0400000803F0000004000004040000080400000A040")
    }

    @Test func exactQuantilesAndRanks() {
        let s = Self.sketch([1, 2, 3, 4, 5])
        #expect(s.quantile(0.5) == 3)
        #expect(s.quantile(0) == 1)
        #expect(s.quantile(1) == 5)
        #expect(s.rank(3) == 0.6)
        #expect(s.rank(0) == 0)
        #expect(s.n == 5)
        #expect(s.summary.contains("### KllKllLongsSketch Summary:\n   K                      : 200\n"))
        #expect(s.summary.contains("   Compact Storage Bytes  : 80\n   Min Item               : 1\n"))
    }

    /// The shape Spark's sketch of range(1000) and range(10000) had (levels, capacity, retained items): the
    /// compaction schedule is DataSketches'; only the random halving offsets differ.
    @Test func compactsOnDataSketchesSchedule() {
        let thousand = Self.sketch(Array(0..<1000))
        #expect(thousand.numLevels == 3)
        #expect(thousand.levels.last == 422)
        #expect(thousand.numRetained == 324)
        let tenThousand = Self.sketch(Array(0..<10000))
        #expect(tenThousand.numLevels == 6)
        #expect(tenThousand.numRetained == 539)
        let median = tenThousand.quantile(0.5)!
        #expect(abs(median - 5000) < 200)
    }

    @Test func mergesAndRoundTrips() throws {
        var a = Self.sketch(Array(0..<5000))
        a.merge(Self.sketch(Array(5000..<10000)))
        #expect(a.n == 10000)
        #expect(abs(a.quantile(0.9)! - 9000) < 300)
        #expect(a.minItem == 0 && a.maxItem == 9999)
        let back = try KllSketch<Int64>(serialized: a.serialized())
        #expect(back.serialized() == a.serialized())
        var small = Self.sketch([1, 2, 3])
        small.merge(Self.sketch([4, 5, 6]))
        #expect(small.n == 6)
        #expect(try KllSketch<Int64>(serialized: Self.sketch([7]).serialized()).quantile(0.5) == 7)
        #expect(try KllSketch<Double>(serialized: KllSketch<Double>().serialized()).isEmpty)
    }
}
