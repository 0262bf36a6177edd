import Testing
@testable import SparkbookReport

@Suite struct ReportTimeTests {
    @Test func oneFormatFromMillisecondsToMinutes() {
        #expect(ReportTime.text(0) == "0ms")
        #expect(ReportTime.text(12) == "12ms")
        #expect(ReportTime.text(999) == "999ms")
        #expect(ReportTime.text(1_000) == "1s")
        #expect(ReportTime.text(1_234) == "1.2s")
        #expect(ReportTime.text(61_200) == "61.2s")
        #expect(ReportTime.text(119_960) == "120s")
        #expect(ReportTime.text(125_000) == "2min 05s")
    }
}
