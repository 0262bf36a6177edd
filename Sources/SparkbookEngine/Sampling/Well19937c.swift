/// Commons Math's `Well19937c` generator, bit for bit: the generator of the `PoissonDistribution` Spark's
/// `PoissonSampler` draws from (`sample(withReplacement=True)`), seeded as `AbstractWell.setSeed(long)` seeds it.
struct Well19937c {
    private static let r = 624, m1 = 70, m2 = 179, m3 = 449
    private var v = [UInt32](repeating: 0, count: r)
    private var index = 0

    init(seed: Int64) {
        // `setSeed(long)` is `setSeed(new int[] { high, low })`; the rest of the pool is Knuth's recurrence.
        v[0] = UInt32(truncatingIfNeeded: UInt64(bitPattern: seed) >> 32)
        v[1] = UInt32(truncatingIfNeeded: seed)
        for i in 2..<Self.r {
            let l = Int64(Int32(bitPattern: v[i - 2]))
            v[i] = UInt32(truncatingIfNeeded: (1_812_433_253 &* (l ^ (l >> 30)) &+ Int64(i)) & 0xffff_ffff)
        }
    }

    mutating func next(bits: Int) -> UInt32 {
        let r = Self.r
        let indexRm1 = (index + r - 1) % r, indexRm2 = (index + r - 2) % r
        let v0 = v[index], vM1 = v[(index + Self.m1) % r], vM2 = v[(index + Self.m2) % r], vM3 = v[(index + Self.m3) % r]
        let z0 = (0x8000_0000 & v[indexRm1]) ^ (0x7FFF_FFFF & v[indexRm2])
        let z1 = (v0 ^ (v0 << 25)) ^ (vM1 ^ (vM1 >> 27))
        let z2 = (vM2 >> 9) ^ (vM3 ^ (vM3 >> 1))
        let z3 = z1 ^ z2
        var z4 = z0 ^ (z1 ^ (z1 << 9)) ^ (z2 ^ (z2 << 21)) ^ (z3 ^ (z3 >> 21))
        v[index] = z3
        v[indexRm1] = z4
        v[indexRm2] &= 0x8000_0000
        index = indexRm1
        z4 ^= (z4 << 7) & 0xE46E_1700
        z4 ^= (z4 << 15) & 0x9B86_8000
        return z4 >> UInt32(32 - bits)
    }

    /// `BitsStreamGenerator.nextDouble()`: 52 random bits.
    mutating func nextDouble() -> Double {
        let high = UInt64(next(bits: 26)) << 26
        let low = UInt64(next(bits: 26))
        return Double(high | low) * 0x1.0p-52
    }
}

/// Spark's `PoissonSampler` without gap sampling, as `Sample` with replacement runs it: each row kept as many
/// times as a Poisson draw of mean `fraction` (Commons Math's `PoissonDistribution.sample()`, the
/// multiplication method below a mean of 40).
struct PoissonSampler {
    let mean: Double
    private let threshold: Double
    private var random: Well19937c

    init(mean: Double, seed: Int64) {
        self.mean = mean > 0 ? mean : 1
        threshold = StrictMath.exp(-self.mean)
        random = Well19937c(seed: seed)
    }

    mutating func sample() -> Int {
        var n = 0
        var r = 1.0
        while Double(n) < 1000 * mean {
            r *= random.nextDouble()
            guard r >= threshold else { return n }
            n += 1
        }
        return n
    }
}
