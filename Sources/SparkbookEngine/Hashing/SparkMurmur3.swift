/// Spark's Murmur3_x86_32 (seed 42 by default), bit for bit: the hash behind `hash()`, `HashPartitioning` and
/// `UTF8String.hashCode`. Reproducing it is what makes unordered results (a `groupBy` without `orderBy`, the
/// elements of a `collect_set`) come out in the order Spark prints them.
public enum SparkMurmur3 {
    public static let defaultSeed: Int32 = 42

    @inline(__always) static func mixK1(_ k: UInt32) -> UInt32 {
        var k1 = k &* 0xcc9e_2d51
        k1 = (k1 << 15) | (k1 >> 17)
        return k1 &* 0x1b87_3593
    }

    @inline(__always) static func mixH1(_ h: UInt32, _ k1: UInt32) -> UInt32 {
        var h1 = h ^ k1
        h1 = (h1 << 13) | (h1 >> 19)
        return h1 &* 5 &+ 0xe654_6b64
    }

    @inline(__always) static func finalize(_ h: UInt32, length: Int) -> Int32 {
        var h1 = h ^ UInt32(truncatingIfNeeded: length)
        h1 ^= h1 >> 16
        h1 = h1 &* 0x85eb_ca6b
        h1 ^= h1 >> 13
        h1 = h1 &* 0xc2b2_ae35
        h1 ^= h1 >> 16
        return Int32(bitPattern: h1)
    }

    /// `Murmur3_x86_32.hashInt`.
    @inline(__always) public static func hashInt(_ value: Int32, seed: Int32 = defaultSeed) -> Int32 {
        finalize(mixH1(UInt32(bitPattern: seed), mixK1(UInt32(bitPattern: value))), length: 4)
    }

    /// `Murmur3_x86_32.hashLong`: the low word, then the high word.
    @inline(__always) public static func hashLong(_ value: Int64, seed: Int32 = defaultSeed) -> Int32 {
        let bits = UInt64(bitPattern: value)
        var h = mixH1(UInt32(bitPattern: seed), mixK1(UInt32(truncatingIfNeeded: bits)))
        h = mixH1(h, mixK1(UInt32(truncatingIfNeeded: bits >> 32)))
        return finalize(h, length: 8)
    }

    /// `Murmur3_x86_32.hashUnsafeBytes`, the variant Spark uses for strings and binary: whole little-endian words,
    /// then each trailing byte, sign-extended, mixed as a word of its own (not standard Murmur3's tail).
    public static func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>, seed: Int32 = defaultSeed) -> Int32 {
        let count = bytes.count
        let aligned = count - count % 4
        var h = UInt32(bitPattern: seed)
        var i = 0
        while i < aligned {
            let word = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            h = mixH1(h, mixK1(word))
            i += 4
        }
        while i < count {
            h = mixH1(h, mixK1(UInt32(bitPattern: Int32(Int8(bitPattern: bytes[i])))))
            i += 1
        }
        return finalize(h, length: count)
    }

    /// `hashBytes` of the `count` (at most 7) bytes packed little-endian in `packed` (an inline string key's
    /// code, `GroupKeyCodes`), without reading memory.
    @inline(__always) static func hashPackedBytes(_ packed: UInt64, count: Int, seed: Int32) -> Int32 {
        var h = UInt32(bitPattern: seed)
        var i = 0
        if count >= 4 {
            h = mixH1(h, mixK1(UInt32(truncatingIfNeeded: packed)))
            i = 4
        }
        while i < count {
            h = mixH1(h, mixK1(UInt32(bitPattern: Int32(Int8(truncatingIfNeeded: packed >> (UInt64(i) &* 8))))))
            i &+= 1
        }
        return finalize(h, length: count)
    }

    /// `hashBytes` of a Swift string's UTF-8 bytes.
    public static func hashString(_ string: String, seed: Int32 = defaultSeed) -> Int32 {
        var copy = string
        return copy.withUTF8 { hashBytes($0, seed: seed) }
    }
}
