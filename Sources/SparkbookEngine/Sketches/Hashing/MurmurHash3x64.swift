/// MurmurHash3_x64_128 as Apache DataSketches hashes a sketch's items (seed 9001 by default): the two 64-bit
/// halves, over the item's little-endian bytes. A value hashes as Spark's sketch functions feed it: integers as
/// one `long`, strings as UTF-8 bytes, so sketches built here hold the same coupons and hashes as Spark's.
public enum MurmurHash3x64 {
    /// DataSketches' `DEFAULT_UPDATE_SEED`.
    public static let defaultSeed: UInt64 = 9001

    private static let c1: UInt64 = 0x87c3_7b91_1142_53d5
    private static let c2: UInt64 = 0x4cf5_ad43_2745_937f

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    @inline(__always) private static func fmix(_ k: UInt64) -> UInt64 {
        var k = k
        k ^= k >> 33
        k = k &* 0xff51_afd7_ed55_8ccd
        k ^= k >> 33
        k = k &* 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }

    @inline(__always) private static func mixK1(_ k: UInt64) -> UInt64 { rotl(k &* c1, 31) &* c2 }
    @inline(__always) private static func mixK2(_ k: UInt64) -> UInt64 { rotl(k &* c2, 33) &* c1 }

    /// The hash of one `long` (DataSketches' `hash(long[]{v}, seed)`).
    @inline(__always)
    public static func hash(_ value: Int64, seed: UInt64 = defaultSeed) -> (UInt64, UInt64) {
        var h1 = seed, h2 = seed
        h1 ^= mixK1(UInt64(bitPattern: value))
        return finish(h1, h2, length: 8)
    }

    /// The hash of a byte sequence (strings as their UTF-8 bytes, binary values as they are).
    public static func hash<Bytes: Collection>(bytes: Bytes, seed: UInt64 = defaultSeed) -> (UInt64, UInt64)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var h1 = seed, h2 = seed
        let count = bytes.count
        let start = bytes.startIndex
        @inline(__always) func word(_ offset: Int, _ length: Int) -> UInt64 {
            var w: UInt64 = 0
            for i in 0..<length { w |= UInt64(bytes[start + offset + i]) << (8 * UInt64(i)) }
            return w
        }
        var offset = 0
        while offset + 16 <= count {
            let k1 = word(offset, 8), k2 = word(offset + 8, 8)
            h1 ^= mixK1(k1)
            h1 = rotl(h1, 27) &+ h2
            h1 = h1 &* 5 &+ 0x52dc_e729
            h2 ^= mixK2(k2)
            h2 = rotl(h2, 31) &+ h1
            h2 = h2 &* 5 &+ 0x3849_5ab5
            offset += 16
        }
        let rest = count - offset
        if rest > 8 { h2 ^= mixK2(word(offset + 8, rest - 8)) }
        if rest > 0 { h1 ^= mixK1(word(offset, min(rest, 8))) }
        return finish(h1, h2, length: count)
    }

    @inline(__always) private static func finish(_ a: UInt64, _ b: UInt64, length: Int) -> (UInt64, UInt64) {
        var h1 = a ^ UInt64(length), h2 = b ^ UInt64(length)
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        h1 = fmix(h1)
        h2 = fmix(h2)
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        return (h1, h2)
    }
}
