import Testing
@testable import SparkbookEngine

@Suite struct HllSketchTests {
    static func sketch(_ range: Range<Int64>, lgK: Int = 12) -> HllSketch {
        var s = HllSketch(lgConfigK: lgK)
        for v in range { s.update(coupon: HllCoupon.of(v)) }
        return s
    }

    /// `hll_sketch_agg` bytes recorded from PySpark 4.3 (`hex(hll_sketch_agg(v))`): LIST, SET and HLL modes.
    @Test func serializesAsSparkWrites() {
        var small = HllSketch()
        for v: Int64 in [1, 2, 2, 3] { small.update(coupon: HllCoupon.of(v)) }
        #expect(sketchHex(small.serialized())
                == "0201070C030003082BF2FB06862FF90D758166070000000000000000000000000000000000000000")
        #expect(sketchHex(Self.sketch(0..<8, lgK: 4).serialized())
                == "0A0107040000000AADAAAA0400002040000000000040294000000000000000000B0000000000000000010000000103000000000202000000")
        #expect(sketchHex(Self.sketch(0..<8).serialized()).hasPrefix(
            "0301070C05000009080000000000000081BC5D0600000000000000000000000000000000862FF90D"))
    }

    /// `hll_sketch_estimate(hll_sketch_agg(id, lgK))` over `range(n)`, recorded from PySpark 4.3: the coupon
    /// estimate, then HIP once the sketch holds registers.
    @Test(arguments: [(5, 4, 5), (100, 4, 84), (200, 4, 165), (1000, 4, 1130), (3000, 4, 4204), (10000, 4, 9472),
                      (100_000, 4, 120_212), (100, 12, 100), (200, 12, 200), (1000, 12, 996), (3000, 12, 2991),
                      (10000, 12, 9967), (100_000, 12, 101_148)])
    func estimatesAsSpark(n: Int, lgK: Int, expected: Int) {
        #expect(Self.sketch(0..<Int64(n), lgK: lgK).estimate.rounded() == Double(expected))
    }

    @Test func readsWhatItWrites() throws {
        for s in [HllSketch(), Self.sketch(0..<5), Self.sketch(0..<300), Self.sketch(0..<5000)] {
            let back = try HllSketch(serialized: s.serialized())
            #expect(back == s)
        }
        #expect(throws: SketchFormatError.self) { try HllSketch(serialized: [1, 2, 3]) }
    }

    @Test func unionsCouponsExactly() {
        var union = HllUnion(lgMaxK: 12)
        union.merge(Self.sketch(0..<100))
        union.merge(Self.sketch(50..<150))
        #expect(union.result.estimate.rounded() == 150)
    }
}
