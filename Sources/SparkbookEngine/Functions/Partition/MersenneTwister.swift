/// Commons Math's `MersenneTwister` (MT19937), bit for bit: seeded from a long as `init_by_array` of its high and
/// low words, `nextLong` two 32-bit draws, high first. Spark's `uuid(seed)` draws from it.
public struct MersenneTwister: Sendable {
    private static let n = 624, m = 397
    private var mt: [UInt32]
    private var index: Int

    public init(seed: Int64) {
        let n = Self.n
        mt = [UInt32](repeating: 0, count: n)
        mt[0] = 19_650_218
        for i in 1..<n { mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i) }
        let key = [UInt32(truncatingIfNeeded: UInt64(bitPattern: seed) >> 32), UInt32(truncatingIfNeeded: seed)]
        var i = 1, j = 0
        for _ in 0..<max(n, key.count) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1; j += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
        }
        mt[0] = 0x8000_0000
        index = n
    }

    /// `next(32)`: the next tempered word, regenerating the state every 624 draws.
    public mutating func nextWord() -> UInt32 {
        let n = Self.n, m = Self.m
        if index >= n {
            for k in 0..<n {
                let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % n] & 0x7FFF_FFFF)
                mt[k] = mt[(k + m) % n] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    public mutating func nextLong() -> Int64 {
        let high = UInt64(nextWord()) << 32
        return Int64(bitPattern: high | UInt64(nextWord()))
    }
}
