import Testing
@testable import SparkbookCluster

struct TimeScaleTests {
    @Test func scalesFiniteSpans() {
        #expect(TimeScale(factor: 0.1).scale(.seconds(60)) == .seconds(6))
        #expect(TimeScale(factor: 2).scale(.seconds(1)) == .seconds(2))
        #expect(TimeScale.realTime.scale(.milliseconds(123)) == .milliseconds(123))
    }

    @Test func infiniteStaysInfinite() {
        #expect(TimeScale(factor: 0.001).scale(.infinite) == .infinite)
        #expect(TimeScale(factor: 1e30).scale(.seconds(10)) == .infinite)
    }

    @Test("invalid factors fall back to real time", arguments: [0.0, -1.0, Double.nan, Double.infinity])
    func invalidFactor(factor: Double) {
        #expect(TimeScale(factor: factor) == .realTime)
    }
}
