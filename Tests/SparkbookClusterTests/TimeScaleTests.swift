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

    @Test func scaledTimeoutsReadAsConfiguredThenAsTheyRan() {
        let scale = TimeScale(factor: 0.02)
        #expect(scale.unscale(.milliseconds(1200)) == .seconds(60))
        #expect(scale.describe(.milliseconds(1200)) == "60s (1.2s at time scale 0.02)")
        #expect(scale.describe(.infinite) == "inf")
        // 60 s at 0.001 is 60 ms; 1 s at 0.001 rounds to 1 ms and still reads back as the second it came from.
        #expect(TimeScale(factor: 0.001).unscale(.milliseconds(1)) == .seconds(1))
        #expect(TimeScale(factor: 0.3).unscale(TimeScale(factor: 0.3).scale(.milliseconds(1500))) == .milliseconds(1500))
        #expect(TimeScale.realTime.describe(.seconds(60)) == "60s")
        #expect(TimeScale(factor: 2).factorText == "2")
    }
}
