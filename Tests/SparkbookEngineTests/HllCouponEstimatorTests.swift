import Testing
@testable import SparkbookEngine

@Suite struct HllCouponEstimatorTests {
    /// Values of DataSketches' published coupon mapping table, which the computed knots reproduce.
    @Test func computedKnotsMatchDataSketchesTable() {
        let published: [Double] = [0, 1, 20.0000009437402611, 400.0003963713384110, 8000.1589294602090376,
                                   160063.6067763759638183, 300223.7071597663452849, 10466090.8000503256917000]
        let computed = Array(HllCouponEstimator.values.prefix(7)) + [HllCouponEstimator.values.last!]
        for (a, b) in zip(computed, published) { #expect(abs(a - b) <= b * 1e-15) }
    }

    @Test func smallCountsEstimateThemselves() {
        for count in [0, 1, 2, 3, 7, 100] {
            #expect(HllCouponEstimator.estimate(couponCount: count).rounded() == Double(count))
        }
    }
}
