@testable import SparkbookCluster
import Testing

/// Fairness figures from hand-built usage logs: integrals over the step functions, completion of applications
/// still running at the end, queue shares and starvation, Jain's index and when it is absent.
@Suite struct FairnessReportTests {
    typealias F = FairnessFixtures

    @Test func executorSecondsAreIntegralsOfTheStepFunction() throws {
        let log = F.log([F.queue("etl", 100)]).with([F.application("1", queue: "etl", finished: 8)], [
            F.sample(0, "1", granted: 2, waiting: 2, busy: 1, pending: 5),
            F.sample(3, "1", granted: 4, busy: 4, pending: 5),
            F.sample(5, "1", granted: 1, busy: 0, pending: 0),
            F.sample(9, "1", granted: 7, busy: 7),  // after its finish: ignored
        ])
        let app = try #require(FairnessReport(log: log, end: F.at(10)).applications.first)
        #expect(app.grantedExecutorMillis == 2 * 3000 + 4 * 2000 + 1 * 3000)
        #expect(app.busyExecutorMillis == 1 * 3000 + 4 * 2000)
        #expect(app.utilisation == 11.0 / 17.0)
        // Waiting only while tasks were pending and requests were not granted: [0 s, 3 s).
        #expect(app.waitingMillis == 3000)
        #expect(app.completionMillis == 8000 && !app.stillRunning)
    }

    @Test func applicationsStillRunningAtTheEndAreFlaggedAndMeasuredToTheEnd() throws {
        let log = F.log([F.queue("etl", 100)]).with([
            F.application("1", queue: "etl", submitted: 2),
            F.application("2", queue: "etl", submitted: 1, finished: 12),
        ], [F.sample(2, "1", granted: 3, busy: 3), F.sample(1, "2", granted: 1)])
        let report = FairnessReport(log: log, end: F.at(10))
        #expect(report.applications.map(\.completionMillis) == [8000, 9000])
        #expect(report.applications.map(\.stillRunning) == [true, true])
        #expect(report.applications.map(\.grantedExecutorMillis) == [3 * 8000, 9000])
        #expect(report.applications.map(\.utilisation) == [1, 0])
    }

    @Test func anApplicationGrantedNothingHasNoUtilisation() throws {
        let log = F.log([F.queue("etl", 100)]).with([F.application("1", queue: "etl")],
                                                    [F.sample(0, "1", granted: 0, waiting: 4, pending: 9)])
        let app = try #require(FairnessReport(log: log, end: F.at(5)).applications.first)
        #expect(app.utilisation == nil && app.grantedExecutorMillis == 0 && app.waitingMillis == 5000)
    }

    @Test func twoQueuesWithEqualSharesOfEqualGuaranteesAreFair() throws {
        let log = F.log([F.queue("etl", 50), F.queue("analytics", 50)]).with(
            [F.application("1", queue: "etl"), F.application("2", queue: "analytics")],
            [F.sample(0, "1", granted: 5, waiting: 3, pending: 9), F.sample(0, "2", granted: 5, waiting: 3, pending: 9)])
        let report = FairnessReport(log: log, end: F.at(10))
        #expect(report.fairnessIndex == .computed(1, queues: ["etl", "analytics"]))
        #expect(report.queues.map(\.averageShareWithDemand) == [0.5, 0.5])
        #expect(report.queues.map(\.longestStarvation) == [nil, nil])
        #expect(report.isShared)
    }

    @Test func oneQueueTakingAllGivesOneOverN() throws {
        let log = F.log([F.queue("etl", 40), F.queue("analytics", 30), F.queue("adhoc", 30)]).with(
            [F.application("1", queue: "etl"), F.application("2", queue: "analytics"), F.application("3", queue: "adhoc")],
            [F.sample(0, "1", granted: 10, busy: 10, pending: 50),
             F.sample(0, "2", granted: 0, waiting: 4, pending: 8), F.sample(0, "3", granted: 0, waiting: 2, pending: 3)])
        let report = FairnessReport(log: log, end: F.at(20))
        let index = try #require(report.fairnessIndex.value)
        #expect(abs(index - 1.0 / 3) < 1e-12)
        #expect(report.queues.map(\.normalisedShare) == [1, 0, 0])
        #expect(report.queues.map(\.longestStarvation?.millis) == [nil, 20_000, 20_000])
    }

    @Test func aQueueAskingLessThanItsGuaranteeAndGettingItIsNotTreatedUnfairly() throws {
        // etl asks for 2 executors of its 5 guaranteed and gets them; analytics uses the idle rest (elasticity).
        let log = F.log([F.queue("etl", 50), F.queue("analytics", 50)]).with(
            [F.application("1", queue: "etl"), F.application("2", queue: "analytics")],
            [F.sample(0, "1", granted: 2, busy: 2, pending: 4), F.sample(0, "2", granted: 8, waiting: 4, pending: 30)])
        let report = FairnessReport(log: log, end: F.at(10))
        #expect(report.fairnessIndex == .computed(1, queues: ["etl", "analytics"]))
        #expect(report.queues.map(\.averageShareWithDemand) == [0.2, 0.8])
        #expect(report.queues.map(\.longestStarvation) == [nil, nil])
    }

    @Test func starvationIsTheLongestStretchBelowTheGuaranteeWithTasksPending() throws {
        let log = F.log([F.queue("etl", 50), F.queue("analytics", 50)]).with(
            [F.application("1", queue: "etl"), F.application("2", queue: "analytics", submitted: 1)], [
                F.sample(0, "1", granted: 10, busy: 10, pending: 40),
                F.sample(1, "2", granted: 0, waiting: 5, pending: 20),   // starved from 1 s
                F.sample(2, "2", granted: 1, waiting: 4, pending: 20),   // still below 50 %
                F.sample(2, "1", granted: 9, busy: 9, pending: 40),
                F.sample(4, "2", granted: 5, busy: 5, pending: 20),      // at its guarantee at 4 s: 3 s starved
                F.sample(4, "1", granted: 5, busy: 5, pending: 40),
                F.sample(6, "2", granted: 2, waiting: 3, pending: 6),    // below again for 1 s
                F.sample(6, "1", granted: 8, busy: 8, pending: 40),
                F.sample(7, "2", granted: 5, busy: 5, pending: 6),
                F.sample(7, "1", granted: 5, busy: 5, pending: 40),
                F.sample(8, "2", granted: 1, busy: 1, pending: 0),       // below, but nothing pending: not starved
            ])
        let report = FairnessReport(log: log, end: F.at(10))
        let analytics = try #require(report.queues.last)
        #expect(analytics.longestStarvation == QueueUsage.Starvation(start: F.at(1), millis: 3000))
        #expect(analytics.demandMillis == 9000)
        #expect(analytics.shareOverTime.map(\.share) == [0, 0, 0.1, 0.5, 0.2, 0.5, 0.1])
        #expect(analytics.shareOverTime.map(\.time) == [0, 1, 2, 4, 6, 7, 8].map { F.at($0) })
        #expect(analytics.shareOverTime.map(\.demand) == [false] + Array(repeating: true, count: 6))
        #expect(report.queues.first?.longestStarvation == nil)
        #expect(report.applications.last?.waitingMillis == 4000)
    }

    @Test func sharesUseTheLogsCalculator() throws {
        // Executors of 4 cores and 1 GiB on a 10-core, 10 GiB cluster: 1 executor is 10 % of memory, 40 % of cores.
        let size = Resources(vcores: 4, memoryMiB: 1024), cluster = Resources(vcores: 10, memoryMiB: 10240)
        let applications = [F.application("1", queue: "etl", executorResources: size)]
        let samples = [F.sample(0, "1", granted: 1, size: size)]
        let memory = FairnessReport(log: F.log([F.queue("etl", 100)], cluster: cluster).with(applications, samples), end: F.at(1))
        let dominant = FairnessReport(log: F.log([F.queue("etl", 100)], calculator: .dominant, cluster: cluster)
            .with(applications, samples), end: F.at(1))
        #expect(memory.queues[0].averageShareWithDemand == 0.1)
        #expect(dominant.queues[0].averageShareWithDemand == 0.4)
    }

    @Test func withOneQueueOrNoDemandThereIsNoIndex() {
        let alone = F.log([F.queue("default", 100)]).with([F.application("1", queue: "default")],
                                                          [F.sample(0, "1", granted: 3, busy: 3)])
        let report = FairnessReport(log: alone, end: F.at(5))
        #expect(report.fairnessIndex == .singleQueue("default"))
        #expect(report.fairnessIndex.value == nil && report.fairnessIndex.absence != nil)
        #expect(!report.isShared)
        let idle = F.log([F.queue("etl", 50), F.queue("analytics", 50)]).with([F.application("1", queue: "etl")], [])
        #expect(FairnessReport(log: idle, end: F.at(5)).fairnessIndex == .noDemand)
        #expect(FairnessReport(log: F.log([F.queue("etl", 100)]), end: F.at(5)).queues.map(\.shareOverTime) == [[]])
    }

    @Test func aQueueTheDescriptionLacksIsListedWithoutAGuarantee() {
        let log = F.log([F.queue("etl", 100)]).with(
            [F.application("1", queue: "etl"), F.application("2", queue: "default")],
            [F.sample(0, "1", granted: 2, waiting: 1, pending: 3), F.sample(0, "2", granted: 1)])
        let report = FairnessReport(log: log, end: F.at(5))
        #expect(report.queues.map(\.name) == ["etl", "default"])
        #expect(report.queues.map(\.guarantee) == [1, 0])
        #expect(report.fairnessIndex == .noGuarantees(queues: ["etl", "default"]))
    }
}
