import SparkbookCluster
import Testing
@testable import SparkbookTerminal

/// One time format in the walkthrough: seconds, and configured timeouts with their scaled time.
@Suite struct WalkTimeTextTests {
    @Test func secondsDropTrailingZeros() {
        #expect(WalkTimeText.seconds(.seconds(60)) == "60s")
        #expect(WalkTimeText.seconds(.milliseconds(1_200)) == "1.2s")
        #expect(WalkTimeText.seconds(.milliseconds(100)) == "0.1s")
        #expect(WalkTimeText.seconds(.milliseconds(5)) == "0.005s")
        #expect(WalkTimeText.seconds(.zero) == "0s")
    }

    @Test func aScaledTimeoutShowsTheConfiguredAndTheRealTime() {
        let classroom = WalkTimeText(scale: TimeScale(factor: 0.02))
        #expect(classroom.configured(.seconds(60)) == "60s (1.2s at time scale 0.02)")
        #expect(classroom.configured(scaled: .milliseconds(1_200)) == "60s (1.2s at time scale 0.02)")
        #expect(classroom.configured("5s", key: "k", fallback: .seconds(1)) == "5s (0.1s at time scale 0.02)")
        #expect(WalkTimeText().configured(.seconds(60)) == "60s")
        #expect(WalkTimeText().configured(nil, key: "k", fallback: .seconds(60)) == "60s")
    }
}
