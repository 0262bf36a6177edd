@testable import SparkbookCluster
import Testing

@Suite struct NeighbourJobScheduleTests {
    static let stage = SimulationWorkload.Stage(name: "s", tasks: 1, taskTime: .fixed(seconds: 1))

    @Test func aRepeatingJobRunsEveryPeriodOrAtOnceWhenARunTookLonger() {
        var schedule = NeighbourJobSchedule(
            jobs: [NeighbourJob(name: "load", stages: [Self.stage], start: .at(.seconds(10)), every: .seconds(60),
                                runs: 3)],
            arrival: ClockTime(milliseconds: 1000), timeScale: .realTime)
        #expect(schedule.nextStart == ClockTime(milliseconds: 11_000))
        _ = schedule.started(at: ClockTime(milliseconds: 11_000))
        schedule.ended(at: ClockTime(milliseconds: 20_000))
        #expect(schedule.nextStart == ClockTime(milliseconds: 71_000))
        _ = schedule.started(at: ClockTime(milliseconds: 71_000))
        schedule.ended(at: ClockTime(milliseconds: 150_000))
        #expect(schedule.nextStart == ClockTime(milliseconds: 150_000))
        _ = schedule.started(at: ClockTime(milliseconds: 150_000))
        schedule.ended(at: ClockTime(milliseconds: 151_000))
        #expect(schedule.nextStart == nil)
    }

    @Test func aJobAfterThePreviousWaitsItsGapScaled() {
        var schedule = NeighbourJobSchedule(
            jobs: [NeighbourJob(name: "a", stages: [Self.stage]),
                   NeighbourJob(name: "b", stages: [Self.stage], start: .afterPrevious(gap: .seconds(100)))],
            arrival: .zero, timeScale: TimeScale(factor: 0.02))
        #expect(schedule.nextStart == .zero)
        #expect(schedule.started(at: .zero).name == "a")
        schedule.ended(at: ClockTime(milliseconds: 500))
        #expect(schedule.nextStart == ClockTime(milliseconds: 2500))
        #expect(schedule.started(at: ClockTime(milliseconds: 2500)).name == "b")
    }
}
