import Testing
@testable import SparkbookEngine

@Suite struct MurmurHash3x64Tests {
    /// The coupons Spark's `hll_sketch_agg` stored for 1 and for 'a' (recorded from PySpark 4.3's sketch bytes).
    @Test func hashesLongsAndBytesAsDataSketches() {
        #expect(HllCoupon.of(Int64(1)) == 0x06FB_F22B)
        #expect(HllCoupon.of(Int64(2)) == 0x0DF9_2F86)
        #expect(HllCoupon.of(bytes: Array("a".utf8)) == 0x043B_822F)
        #expect(HllCoupon.of(bytes: []) == nil)
    }

    @Test func longInputsCrossTheSixteenByteBlock() {
        // 17 bytes hash through one block and a one-byte tail; the same bytes split differently must differ.
        let a = MurmurHash3x64.hash(bytes: Array("abcdefghijklmnopq".utf8))
        let b = MurmurHash3x64.hash(bytes: Array("abcdefghijklmnop".utf8))
        #expect(a != b)
        #expect(MurmurHash3x64.hash(bytes: Array("abc".utf8)) == MurmurHash3x64.hash(bytes: ArraySlice("xabc".utf8).dropFirst().map { $0 }))
    }
}
