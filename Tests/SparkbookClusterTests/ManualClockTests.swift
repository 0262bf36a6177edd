import Testing
@testable import SparkbookCluster

struct ManualClockTests {
    @Test func advancesOnlyWhenTold() {
        let clock = ManualClock(start: ClockTime(milliseconds: 2020))
        #expect(clock.now == ClockTime(milliseconds: 2020))
        #expect(clock.advance(by: .milliseconds(100)) == ClockTime(milliseconds: 2120))
        #expect(clock.now == ClockTime(milliseconds: 2120))
        clock.set(to: .zero)
        #expect(clock.now == .zero)
    }
}
