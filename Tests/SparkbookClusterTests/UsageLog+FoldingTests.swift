@testable import SparkbookCluster
import Testing

/// A long-running service's usage log stays bounded: old samples fold into totals, and the fairness figures over
/// the folded log are those over the whole log.
@Suite struct UsageLogFoldingTests {
    typealias F = FairnessFixtures
    static let tick: Int64 = 100

    static func at(_ millis: Int64) -> ClockTime { ClockTime(milliseconds: millis) }

    /// Eight applications in three queues changing state every 100 ms for ten minutes, the only one in `adhoc`
    /// starved for five minutes straight (across many folds), one finishing early and one arriving late.
    static func busyLog() -> (log: UsageLog, ticks: [[UsageLog.Sample]]) {
        let queues = ["etl", "etl", "etl", "adhoc", "analytics", "analytics", "etl", "analytics"]
        var log = F.log([F.queue("etl", 50), F.queue("analytics", 30), F.queue("adhoc", 20)], cluster: F.executor * 16)
        log.applications = queues.enumerated().map { i, queue in
            F.application("\(i)", queue: queue, submitted: i == 7 ? 90 : 0, finished: i == 6 ? 200 : nil)
        }
        var random: UInt64 = 42
        func next(_ bound: Int) -> Int {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return Int((random >> 33) % UInt64(bound))
        }
        let ticks = (0..<6000).map { k -> [UsageLog.Sample] in
            (0..<8).compactMap { i -> UsageLog.Sample? in
                let time = Int64(k) * tick
                if i == 7, time < 90_000 { return nil }
                if i == 3, (120_000..<420_000).contains(time) {
                    return F.sample(Double(time) / 1000, "3", granted: 0, waiting: 3, busy: 0, pending: 5 + k % 2)
                }
                let granted = next(4)
                return F.sample(Double(time) / 1000, "\(i)", granted: granted, waiting: next(3), busy: min(granted, next(3)),
                                pending: next(4))
            }
        }
        return (log, ticks)
    }

    @Test func foldingKeepsTheFiguresOfTheWholeLog() throws {
        var (full, ticks) = Self.busyLog()
        var folded = full
        for samples in ticks {
            full.samples += samples
            folded.samples += samples
            folded.bound(toSamples: 400)
        }
        #expect(folded.samples.count <= 400 && full.samples.count > 40_000)
        #expect(try #require(folded.folded).until > Self.at(500_000))
        for end in [Self.at(599_950), Self.at(600_000), Self.at(650_000)] {
            let expected = FairnessReport(log: full, end: end), actual = FairnessReport(log: folded, end: end)
            #expect(actual.applications == expected.applications)
            #expect(actual.queues.map(\.demandMillis) == expected.queues.map(\.demandMillis))
            #expect(actual.queues.map(\.longestStarvation) == expected.queues.map(\.longestStarvation))
            for (a, e) in zip(actual.queues, expected.queues) {
                #expect(abs((a.averageShareWithDemand ?? -1) - (e.averageShareWithDemand ?? -1)) < 1e-9)
                #expect(abs((a.normalisedShare ?? -1) - (e.normalisedShare ?? -1)) < 1e-9)
                #expect(a.shareOverTime.last == e.shareOverTime.last)
            }
            #expect(abs((actual.fairnessIndex.value ?? -1) - (expected.fairnessIndex.value ?? -1)) < 1e-9)
        }
        // The starved queue's five minutes survive the folds: that stretch began long before the last fold.
        let starved = FairnessReport(log: folded, end: Self.at(600_000)).queues[2].longestStarvation
        #expect(try #require(starved).millis >= 300_000)
    }

    @Test func eightApplicationsChangingStateEvery100msFor24VirtualHoursKeepABoundedLog() {
        let ids = (1...8).map(String.init)
        var log = F.log((1...8).map { F.queue("team\($0)", 12.5) }, cluster: F.executor * 16)
        log.applications = ids.map { F.application($0, queue: "team\($0)") }
        let ticks = 24 * 3600 * 1000 / Self.tick
        var largest = 0
        for k in 0..<ticks {
            for (i, id) in ids.enumerated() {
                let phase = (Int(k) + i) % 2
                log.samples.append(UsageLog.Sample(time: Self.at(k * Self.tick), applicationId: id, granted: 1 + phase,
                                                   grantedResources: F.executor * (1 + phase), waiting: 0,
                                                   busyExecutors: phase, pendingTasks: 1))
                log.bound()
                largest = max(largest, log.samples.count)
            }
        }
        #expect(largest <= UsageLog.retainedSamples + 1)
        let report = FairnessReport(log: log, end: Self.at(ticks * Self.tick))
        // Half the time 1 executor, half 2: 1.5 × 86 400 s granted; busy half the time.
        #expect(report.applications.map(\.grantedExecutorMillis) == Array(repeating: 129_600_000, count: 8))
        #expect(report.applications.map(\.busyExecutorMillis) == Array(repeating: 43_200_000, count: 8))
        #expect(report.queues.map(\.demandMillis) == Array(repeating: 86_400_000, count: 8))
        #expect(report.queues.allSatisfy { abs(($0.averageShareWithDemand ?? 0) - 1.5 / 16) < 1e-9 })
        #expect(abs((report.fairnessIndex.value ?? 0) - 1) < 1e-9)
    }

    @Test func foldingWhereNothingIsOlderChangesNothing() {
        var (log, ticks) = Self.busyLog()
        log.samples = ticks.prefix(10).flatMap { $0 }
        let before = log
        log.fold(before: .zero)
        log.bound(toSamples: 1000)
        #expect(log == before)
        log.fold(before: Self.at(500))
        let again = log
        log.fold(before: Self.at(300))
        #expect(log == again && log.folded?.until == Self.at(500))
    }
}
