/// Spark's `XORShiftRandom`, bit for bit: the generator behind `rand(seed)`, `randn(seed)` and `sample`, each
/// partition seeded with `seed + partitionIndex`. The seed is scrambled with Scala's `MurmurHash3.bytesHash` of its
/// eight big-endian bytes; `nextDouble` and `nextGaussian` are `java.util.Random`'s algorithms over its `next(bits)`.
public struct XORShiftRandom: Sendable {
    private var state: Int64
    private var nextNextGaussian: Double?

    public init(seed: Int64) {
        state = Self.hashSeed(seed)
    }

    /// `XORShiftRandom.hashSeed`: the low word is `bytesHash(bytes, arraySeed)`, the high word
    /// `bytesHash(bytes, lowWord)`. Scala reads the big-endian bytes as little-endian words, which is
    /// Murmur3's `hashLong` of the byte-swapped seed.
    static func hashSeed(_ seed: Int64) -> Int64 {
        let scalaArraySeed: Int32 = 0x3c07_4a61
        let swapped = seed.byteSwapped
        let low = SparkMurmur3.hashLong(swapped, seed: scalaArraySeed)
        let high = SparkMurmur3.hashLong(swapped, seed: low)
        return Int64(high) << 32 | Int64(UInt32(bitPattern: low))
    }

    /// `next(bits)`: one xorshift step, the low `bits` bits of the new state.
    mutating func next(_ bits: Int) -> Int32 {
        var s = UInt64(bitPattern: state)
        s ^= s << 21
        s ^= s >> 35
        s ^= s << 4
        state = Int64(bitPattern: s)
        return Int32(truncatingIfNeeded: s & ((1 << UInt64(bits)) - 1))
    }

    /// `java.util.Random.nextInt(bound)`: the high bits for a power of two, else rejection of the top remainder.
    public mutating func nextInt(_ bound: Int32) -> Int32 {
        let m = bound - 1
        var r = next(31)
        if bound & m == 0 { return Int32(truncatingIfNeeded: (Int64(bound) * Int64(r)) >> 31) }
        var u = r
        while true {
            r = u % bound
            if u &- r &+ m >= 0 { return r }
            u = next(31)
        }
    }

    /// `java.util.Random.nextDouble`: 53 random bits (26, then 27) scaled to [0, 1).
    public mutating func nextDouble() -> Double {
        let high = Int64(next(26)) << 27
        return Double(high + Int64(next(27))) * 0x1.0p-53
    }

    /// `java.util.Random.nextGaussian`: Marsaglia's polar method, two values per accepted pair, the second kept
    /// for the next call; `StrictMath.log` so the last digit is Java's.
    public mutating func nextGaussian() -> Double {
        if let kept = nextNextGaussian {
            nextNextGaussian = nil
            return kept
        }
        var v1 = 0.0, v2 = 0.0, s = 0.0
        repeat {
            v1 = 2 * nextDouble() - 1
            v2 = 2 * nextDouble() - 1
            s = v1 * v1 + v2 * v2
        } while s >= 1 || s == 0
        let multiplier = (-2 * StrictMath.log(s) / s).squareRoot()
        nextNextGaussian = v2 * multiplier
        return v1 * multiplier
    }
}
