import Testing
@testable import SparkbookReport

@Suite struct TimeAxisTests {
    func labels(_ span: Int64) -> [String] {
        let axis = TimeAxis(spanMillis: span)
        return axis.ticks.map(axis.label)
    }

    @Test func aRunOfFortyMillisecondsHasTicksInMilliseconds() {
        // The seed's report had five ticks all reading `0.0s`.
        #expect(labels(40) == ["0ms", "5ms", "10ms", "15ms", "20ms", "25ms", "30ms", "35ms", "40ms"])
        #expect(labels(340) == ["0ms", "50ms", "100ms", "150ms", "200ms", "250ms", "300ms"])
    }

    @Test func secondsWithDecimalsOnlyWhenTheStepNeedsThem() {
        #expect(labels(1_500) == ["0s", "0.2s", "0.4s", "0.6s", "0.8s", "1s", "1.2s", "1.4s"])
        #expect(labels(61_200) == ["0s", "10s", "20s", "30s", "40s", "50s", "60s"])
        #expect(labels(180_000) == ["0s", "30s", "60s", "90s", "120s", "150s", "180s"])
    }

    @Test func longRunsTickInMinutesAndHours() {
        #expect(labels(600_000) == ["0min", "2min", "4min", "6min", "8min", "10min"])
        #expect(labels(7_200_000) == ["0min", "15min", "30min", "45min", "60min", "75min", "90min", "105min", "120min"])
        #expect(labels(30 * 3_600_000) == ["0h", "6h", "12h", "18h", "24h", "30h"])
    }

    @Test func anEmptyRunStillHasAnAxis() {
        #expect(labels(0) == ["0ms", "1ms"])
    }

    @Test(arguments: [1, 7, 33, 999, 1_000, 1_001, 4_321, 59_999, 60_000, 123_456, 3_599_999, 3_600_000, 86_400_000 * 3] as [Int64])
    func ticksAreDistinctRoundAndCoverTheSpan(span: Int64) {
        let axis = TimeAxis(spanMillis: span)
        let texts = axis.ticks.map(axis.label)
        #expect(Set(texts).count == texts.count)
        #expect(axis.ticks.count >= 2 && axis.ticks.count <= 9)
        #expect(axis.ticks.first == 0 && axis.ticks.last! <= span && axis.ticks.last! + axis.step > span)
        #expect(TimeAxis.steps.contains(axis.step) || axis.step % 86_400_000 == 0)
    }
}
