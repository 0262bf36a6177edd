import Testing
@testable import SparkbookCluster

struct ClockDurationTests {
    @Test("seconds saturate to infinite")
    func secondsSaturate() {
        #expect(ClockDuration.seconds(.max / 10) == .infinite)
        #expect(ClockDuration.seconds(2).milliseconds == 2000)
        #expect(ClockDuration.milliseconds(1999).wholeSeconds == 1)
    }

    @Test("short forms for timelines", arguments: [
        (ClockDuration.milliseconds(500), "500ms"), (.seconds(1), "1s"), (.seconds(60), "60s"),
        (.milliseconds(1500), "1.5s"), (.milliseconds(1234), "1234ms"), (.seconds(120), "2min"),
        (.seconds(300), "5min"), (.seconds(3600), "60min"), (.seconds(7200), "2h"), (.infinite, "inf"),
    ])
    func description(span: ClockDuration, text: String) {
        #expect(span.description == text)
    }
}
