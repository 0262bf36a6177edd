import Foundation
@testable import SparkbookCluster
import Testing
@testable import SparkbookTerminal

/// The closing table says what a run's (synthetic) timeline showed, what the replay showed (simulated), and for
/// each row not observed why and which command to try. Golden files: Golden/expected_behaviour_*.md (regenerate
/// with SPARKBOOK_UPDATE_GOLDEN=1).
@Suite struct ExpectedBehaviourSummaryTests {
    static let seed: [String: String] = [
        "spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.minExecutors": "2",
        "spark.dynamicAllocation.initialExecutors": "4", "spark.dynamicAllocation.maxExecutors": "20",
        "spark.dynamicAllocation.schedulerBacklogTimeout": "5s", "spark.dynamicAllocation.executorIdleTimeout": "60s",
        "spark.dynamicAllocation.shuffleTracking.enabled": "true",
    ]
    static let classroom = WalkTimeText(scale: TimeScale(factor: 0.02))

    static func entry(_ ms: Int64, _ kind: TimelineEntry.Kind, executors: Int, target: Int?,
                      rules: [IdleRule] = []) -> TimelineEntry {
        TimelineEntry(time: .zero + .milliseconds(ms), kind: kind, executors: executors, target: target, idleRules: rules)
    }

    static func backlog(_ ms: Int64, from: Int, to: Int, executors: Int, after: Int64 = 100) -> TimelineEntry {
        entry(ms, .targetChanged(TargetChange(target: to, previousTarget: from, reason: .backlog(after: .milliseconds(after)))),
              executors: executors, target: to)
    }

    /// Two executors, a backlog ramp +1 +2 to 5, then three released after the (scaled) idle timeout.
    static let scaleUpAndRelease: [TimelineEntry] = [
        entry(0, .targetChanged(TargetChange(target: 4, previousTarget: 0, reason: .initial)), executors: 0, target: 4),
        entry(40, .executorsAdded(["1", "2"]), executors: 2, target: 4),
        entry(900, .targetChanged(TargetChange(target: 2, previousTarget: 4, reason: .loadDropped(needed: 1))),
              executors: 2, target: 2),
        backlog(3100, from: 2, to: 3, executors: 2),
        entry(3150, .executorsAdded(["3"]), executors: 3, target: 3),
        backlog(4200, from: 3, to: 5, executors: 3),
        entry(4250, .executorsAdded(["4", "5"]), executors: 5, target: 5),
        entry(6400, .executorsRemoved(["1", "3", "4"], label: "-3 idle 1.2s"), executors: 2, target: 2,
              rules: [.plain(.milliseconds(1200)), .plain(.milliseconds(1200)), .plain(.milliseconds(1200))]),
    ]

    static func summary(run: [TimelineEntry], replay: [TimelineEntry]? = nil,
                        properties: [String: String] = seed, time: WalkTimeText = classroom,
                        sharing: SharedClusterObservation? = nil) -> ExpectedBehaviourSummary {
        ExpectedBehaviourSummary(run: run, replay: replay, time: time,
                                 command: "sparkbook walk notebooks/dynamic_allocation.ipynb",
                                 sharing: sharing) { properties[$0] }
    }

    /// A classroom run's usage log: the notebook in `analytics` (30 %), etl-team in `etl` (50 %) on 20 cores; the
    /// notebook holds 16 until 10 s while etl-team waits with tasks pending from 4 s, then gets 10.
    static var classroomUsage: UsageLog {
        var log = UsageLog(clusterResources: Resources(vcores: 20, memoryMiB: 0), calculator: .dominant,
                           queues: [QueueDescription(name: "etl", capacityPercent: 50),
                                    QueueDescription(name: "analytics", capacityPercent: 30),
                                    QueueDescription(name: "adhoc", capacityPercent: 20)])
        log.applications = [
            .init(id: "application_0_0001", name: "etl-team", queue: "etl", user: "etl-bot", submittedAt: .zero),
            .init(id: "application_0_0002", name: "dynamic-allocation", queue: "analytics", user: "student",
                  submittedAt: .zero),
        ]
        func sample(_ ms: Int64, _ id: Int, granted: Int, waiting: Int, pending: Int) -> UsageLog.Sample {
            .init(time: .zero + .milliseconds(ms), applicationId: "application_0_000\(id)", granted: granted,
                  grantedResources: Resources(vcores: granted, memoryMiB: 0), waiting: waiting,
                  busyExecutors: granted, pendingTasks: pending)
        }
        log.samples = [
            sample(0, 1, granted: 0, waiting: 0, pending: 0), sample(0, 2, granted: 16, waiting: 0, pending: 40),
            sample(4000, 1, granted: 4, waiting: 6, pending: 30), sample(10_000, 2, granted: 0, waiting: 0, pending: 0),
            sample(10_000, 1, granted: 10, waiting: 0, pending: 20), sample(16_000, 1, granted: 0, waiting: 0, pending: 0),
        ]
        return log
    }

    @Test func withNeighboursTheSharedRowIsMeasuredFromTheRunsUsageLog() throws {
        let report = FairnessReport(log: Self.classroomUsage, end: .zero + .seconds(20))
        let sharing = try #require(SharedClusterObservation(report: report, others: ["etl-team"]))
        let text = Self.summary(run: Self.scaleUpAndRelease, sharing: sharing).markdown
        let index = try #require(report.fairnessIndex.value)
        #expect(text.contains("| Shared cluster | Fair resource usage | measured: Jain's index "
            + String(format: "%.3f", index) + " | not run |"))
        #expect(text.contains("etl-team (etl) waited 6s for executors with tasks pending"))
        #expect(text.contains("etl 35 % (guarantee 50 %), analytics 80 % (guarantee 30 %)"))
        #expect(!text.contains("no other tenant"))
        try Self.golden("expected_behaviour_shared.md", text)
    }

    @Test func withoutNeighboursThereIsNothingToMeasure() {
        let alone = FairnessReport(log: Self.classroomUsage, end: .zero + .seconds(20))
        #expect(SharedClusterObservation(report: alone, others: []) == nil)
        #expect(SharedClusterObservation(report: alone, others: ["adhoc-team"]) == nil)
    }

    static func golden(_ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["SPARKBOOK_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func observedRowsSayWhatAndWhenFromTheRunsEvents() throws {
        let text = Self.summary(run: Self.scaleUpAndRelease).markdown
        #expect(text.contains("| High shuffle load | Executors scale up | observed | not run |"))
        #expect(text.contains("| Idle periods | Executors released | observed | not run |"))
        #expect(text.contains("observed: +1 +2 requested at 3.1s/4.2s (tasks backlogged for 5s (0.1s at time scale 0.02)); 2 → peak 5 executors."))
        #expect(text.contains("observed: 3 executors released after idle 60s (1.2s at time scale 0.02), at 6.4s, down to 2 (minExecutors)."))
        try Self.golden("expected_behaviour_observed.md", text)
    }

    @Test func rowsNotObservedSayWhyAndWhatToTry() throws {
        let quiet = [Self.scaleUpAndRelease[0], Self.scaleUpAndRelease[1]]
        let text = Self.summary(run: quiet).markdown
        #expect(text.contains("| High shuffle load | Executors scale up | not observed | not run |"))
        #expect(text.contains("not observed: no task waited schedulerBacklogTimeout 5s (0.1s at time scale 0.02), so "
            + "nothing was requested. Try `sparkbook walk notebooks/dynamic_allocation.ipynb --time-scale 0.004`"))
        #expect(text.contains("not observed: this run never had more than minExecutors (2) executors, so none could go."))
        let realTime = Self.summary(run: Array(Self.scaleUpAndRelease.prefix(7)), time: WalkTimeText()).markdown
        #expect(realTime.contains("not observed: no executor above minExecutors (2) stayed idle for executorIdleTimeout "
            + "60s before the run ended. Add an idle cell (`time.sleep(90)`) or try "
            + "`sparkbook walk notebooks/dynamic_allocation.ipynb --time-scale 0.02`."))
        try Self.golden("expected_behaviour_not_observed.md", text)
    }

    @Test func theReplayIsReportedAsSimulatedAndFairnessIsNotClaimed() throws {
        let replay = Self.scaleUpAndRelease.map {
            TimelineEntry(time: .zero + .seconds(($0.time - .zero).milliseconds / 10), kind: $0.kind,
                          executors: $0.executors * 4, target: $0.target.map { $0 * 4 }, idleRules: $0.idleRules.map { _ in .plain(.seconds(60)) })
        }
        let text = Self.summary(run: [], replay: replay).markdown
        #expect(text.contains("| High shuffle load | Executors scale up | not observed | observed |"))
        #expect(text.contains("| Shared cluster | Fair resource usage | no other tenant | no other tenant |"))
        #expect(text.contains("**Scale-up, replay (simulated):** observed: +1 +2 requested at 310s/420s (tasks backlogged for 0.1s)"))
        #expect(text.contains("**Idle release, replay (simulated):** observed: 3 executors released after idle 60s, at 640s, down to 8."))
        #expect(text.contains("this run had no other tenant"))
        #expect(text.contains("Peak 20 executors = maxExecutors 20: the cap is what leaves the rest of the cluster to others."))
        #expect(text.contains("--neighbours notebooks/neighbours/steady_etl_team.yaml"))
        #expect(!text.lowercased().contains("fair usage observed"))
        try Self.golden("expected_behaviour_simulated.md", text)
    }

    /// Executors the run kept because they held shuffle data are named, with the settings that let them go.
    @Test func executorsKeptForShuffleDataAreNamedWithTheSettingThatFreesThem() throws {
        var run = Self.scaleUpAndRelease
        run.insert(Self.entry(6400, .executorsKept(["5"], reason: .holdsShuffle([0])), executors: 5, target: 2), at: 7)
        let text = Self.summary(run: run).markdown
        let note = try #require(Self.summary(run: run).keptForShuffle(AllocationObservation(run), scale: Self.classroom))
        #expect(note.hasPrefix("executor 5 held shuffle data, so it stayed past executorIdleTimeout 60s (1.2s at time scale 0.02)"))
        #expect(note.contains("every `spark.cleaner.periodicGC.interval` 1800s (36s at time scale 0.02)"))
        #expect(note.contains("Set `spark.dynamicAllocation.shuffleTracking.timeout` (e.g. 120s)"))
        #expect(note.contains("`spark.shuffle.service.enabled=true`"))
        #expect(text.contains("- **Kept, this run:** executor 5 held shuffle data"))
        var withTimeout = Self.seed
        withTimeout["spark.dynamicAllocation.shuffleTracking.timeout"] = "30s"
        let timed = try #require(Self.summary(run: run, properties: withTimeout)
            .keptForShuffle(AllocationObservation(run), scale: Self.classroom))
        #expect(timed.contains("Here `spark.dynamicAllocation.shuffleTracking.timeout` is 30s"))
        #expect(Self.summary(run: Self.scaleUpAndRelease).keptForShuffle(
            AllocationObservation(Self.scaleUpAndRelease), scale: Self.classroom) == nil)
    }

    /// Executors kept for their shuffle data and released when the ContextCleaner removed it (at the periodic GC)
    /// are said to go then, not "after idle 60s" at 1800s.
    @Test func executorsReleasedWhenTheirShuffleIsCleanedSaySo() {
        var run = Self.scaleUpAndRelease
        run.insert(Self.entry(6400, .executorsKept(["5"], reason: .holdsShuffle([0])), executors: 5, target: 2), at: 7)
        run.append(Self.entry(36_000, .executorsRemoved(["5"], label: "-1 idle 1.2s"), executors: 1, target: 2,
                              rules: [.plain(.milliseconds(1200))]))
        let text = Self.summary(run: run).markdown
        #expect(text.contains("observed: 3 executors released after idle 60s (1.2s at time scale 0.02), at 6.4s; "
            + "1 executor that held shuffle data released at 36s, once the driver's periodic GC "
            + "(`spark.cleaner.periodicGC.interval` 1800s (36s at time scale 0.02)) let the ContextCleaner remove the "
            + "shuffle no DataFrame referred to any more, down to 1."), "\(text)")
    }
}
