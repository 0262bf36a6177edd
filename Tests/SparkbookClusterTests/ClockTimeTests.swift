import Testing
@testable import SparkbookCluster

struct ClockTimeTests {
    @Test("adding saturates at never instead of overflowing")
    func saturatingAdd() {
        let late = ClockTime(milliseconds: .max - 10)
        #expect(late + .seconds(60) == .never)
        #expect(ClockTime.zero + .infinite == .never)
        #expect(ClockTime.never + .milliseconds(-5) == .never)
        #expect(ClockTime(milliseconds: 100) + .milliseconds(50) == ClockTime(milliseconds: 150))
    }

    @Test("differences")
    func difference() {
        #expect(ClockTime(milliseconds: 150) - ClockTime(milliseconds: 100) == .milliseconds(50))
        #expect(ClockTime.never - ClockTime(milliseconds: 100) == .infinite)
    }

    @Test("ordering and description")
    func ordering() {
        #expect(ClockTime(milliseconds: 1) < .never)
        #expect(ClockTime.never.description == "never")
        #expect(ClockTime(milliseconds: 42).description == "42ms")
    }
}
