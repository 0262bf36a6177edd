import Testing
@testable import SparkbookCluster

struct VirtualClockTests {
    @Test func neverRunsBackwards() {
        let clock = VirtualClock()
        #expect(clock.advance(to: ClockTime(milliseconds: 500)) == ClockTime(milliseconds: 500))
        #expect(clock.advance(to: ClockTime(milliseconds: 100)) == ClockTime(milliseconds: 500))
        #expect(clock.advance(by: .milliseconds(-50)) == ClockTime(milliseconds: 500))
        #expect(clock.advance(by: .milliseconds(50)) == ClockTime(milliseconds: 550))
    }

    @Test func scheduleTicks() {
        let clock = VirtualClock(start: ClockTime(milliseconds: 1000))
        #expect(clock.ticks(every: .milliseconds(100), until: ClockTime(milliseconds: 1300))
            == [1100, 1200, 1300].map { ClockTime(milliseconds: $0) })
        #expect(clock.ticks(every: .zero, until: .never).isEmpty)
    }

    @Test("a simulated hour of idle release runs by jumping between timer deadlines")
    func simulation() throws {
        let clock = VirtualClock()
        let config = try DynamicAllocationConfig(properties: ["spark.dynamicAllocation.minExecutors": "1"])
        var policy = try ExecutorAllocationPolicy(config: config)
        for id in ["1", "2", "3"] { policy.handle(.executorAdded(id: id), at: clock.now) }
        var removed: [String] = []
        while policy.nextTimerDeadline != .never && clock.now < ClockTime(milliseconds: 3_600_000) {
            clock.advance(to: policy.nextTimerDeadline)
            for decision in policy.tick(now: clock.now) {
                guard case .removeExecutors(let removal) = decision else { continue }
                removed += removal.executorIds
                for id in removal.executorIds { policy.handle(.executorRemoved(id: id), at: clock.now) }
            }
            if policy.executorCount == 1 { break }
        }
        #expect(removed == ["1", "2"])
        #expect(clock.now == ClockTime(milliseconds: 60_000))
    }
}
