/// `java.util.Random`'s 48-bit linear congruential generator, bit for bit: what Spark seeds its count-min
/// sketch's hash multipliers from, so a sketch with the same seed has the same bytes (and Hive's histogram its
/// tie breaks).
struct JavaRandom {
    private var seed: UInt64
    private static let multiplier: UInt64 = 0x5_DEEC_E66D
    private static let mask: UInt64 = (1 << 48) - 1

    init(seed: Int64) { self.seed = (UInt64(bitPattern: seed) ^ Self.multiplier) & Self.mask }

    mutating func next(bits: Int) -> Int32 {
        seed = (seed &* Self.multiplier &+ 0xB) & Self.mask
        return Int32(truncatingIfNeeded: seed >> UInt64(48 - bits))
    }

    /// `nextDouble()`: 53 random bits over [0, 1) (Hive's histogram breaks ties with it).
    mutating func nextDouble() -> Double {
        Double((Int64(next(bits: 26)) << 27) + Int64(next(bits: 27))) * 0x1.0p-53
    }

    /// `nextLong()`: two draws of 32 bits, the low one added as a signed int, as Java does.
    mutating func nextLong() -> Int64 {
        (Int64(next(bits: 32)) << 32) &+ Int64(next(bits: 32))
    }

    /// `nextInt(bound)`: uniform in `0..<bound`, rejecting the biased top of the range as Java does.
    mutating func nextInt(_ bound: Int32) -> Int32 {
        if bound & (bound &- 1) == 0 { return Int32((Int64(bound) &* Int64(next(bits: 31))) >> 31) }
        while true {
            let bits = next(bits: 31)
            let value = bits % bound
            if bits &- value &+ (bound &- 1) >= 0 { return value }
        }
    }
}
