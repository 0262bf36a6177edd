import Foundation

/// The estimate of a sketch still holding coupons (LIST and SET modes): the number of distinct items whose
/// expected number of distinct coupons is the count held, interpolated (DataSketches' cubic interpolation) over
/// knots at 0, 1, 20, 400, 8000, 160000 and every 300000 coupons to 10.2 million. The knot values are computed
/// here: `n` items fill a coupon with address `a` (2^26 of them) and value `v` with probability `2^-v` (`v` < 63,
/// and `2^-62` for 63), so the expected distinct coupons are `2^26 * sum_v (1 - (1 - p_v / 2^26)^n)`, inverted by
/// Newton's method. That reproduces DataSketches' published table to the last bit or one unit in it.
enum HllCouponEstimator {
    static let knots: [Double] = [0, 1, 20, 400, 8000, 160_000] + (1...34).map { Double($0) * 300_000 }

    static let values: [Double] = knots.map(inverseExpectedCoupons)

    private static let addresses = Double(1 << 26)
    private static let valueProbabilities: [Double] = (1...63).map { $0 < 63 ? pow(2, -Double($0)) : pow(2, -62) }

    private static func expectedCoupons(_ n: Double) -> (value: Double, slope: Double) {
        var value = 0.0, slope = 0.0
        for p in valueProbabilities {
            let logMiss = log1p(-p / addresses)
            value += -expm1(n * logMiss)
            slope += -logMiss * exp(n * logMiss)
        }
        return (addresses * value, addresses * slope)
    }

    private static func inverseExpectedCoupons(_ coupons: Double) -> Double {
        guard coupons > 1 else { return coupons }
        var n = coupons
        for _ in 0..<60 {
            let (value, slope) = expectedCoupons(n)
            let step = (value - coupons) / slope
            n -= step
            if abs(step) <= n * 1e-17 { break }
        }
        return n
    }

    /// DataSketches' coupon estimate: the interpolated count, never under the coupons held.
    static func estimate(couponCount: Int) -> Double {
        max(CubicInterpolation.interpolate(x: Double(couponCount), xs: knots, ys: values), Double(couponCount))
    }
}
