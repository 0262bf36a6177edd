import Foundation

/// The estimates `hll_sketch_estimate` rounds: coupons interpolated in LIST and SET modes; the HIP accumulator in
/// HLL mode; for a union of HLL sketches (out of order) the classic HLL estimate, with DataSketches' linear
/// "bitmap" estimate below its crossover.
extension HllSketch {
    public var estimate: Double {
        switch mode {
        case .list, .set: return HllCouponEstimator.estimate(couponCount: couponCount)
        case .hll: return outOfOrder ? unionEstimate : hipAccum
        }
    }

    /// DataSketches corrects the raw estimate with an empirically measured table (its composite estimator),
    /// which is not reproduced here; the raw estimate stands in for it above `3k`, and the bitmap estimate below
    /// the crossover, as in DataSketches.
    private var unionEstimate: Double {
        let k = Double(1 << lgConfigK)
        let correction: Double = switch lgConfigK {
        case 4: 0.673
        case 5: 0.697
        case 6: 0.709
        default: 0.7213 / (1 + 1.079 / k)
        }
        let raw = correction * k * k / (kxq0 + kxq1)
        if raw > 3 * k { return raw }
        let linear = bitmapEstimate
        let crossover = lgConfigK == 4 ? 0.718 : lgConfigK == 5 ? 0.672 : 0.64
        return (raw + linear) / 2 > crossover * k ? raw : linear
    }

    /// The linear-counting estimate from the empty registers: `k * (H(k) - H(k - hit))` with harmonic numbers,
    /// or `k * ln(2k)` when none is empty.
    private var bitmapEstimate: Double {
        let k = 1 << lgConfigK
        guard zeroRegisters > 0 else { return Double(k) * log(Double(k) / 0.5) }
        let hit = k - zeroRegisters
        return Double(k) * (Self.harmonic(k) - Self.harmonic(k - hit))
    }

    static func harmonic(_ n: Int) -> Double {
        if n == 0 { return 0 }
        if n < 25 { return (1...n).reduce(0.0) { $0 + 1 / Double($1) } }
        let x = Double(n)
        let euler = 0.577215664901532860606512090082
        return log(x) + euler + 1 / (2 * x) - 1 / (12 * x * x) + 1 / (120 * x * x * x * x)
    }
}
