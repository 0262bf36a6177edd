import Foundation
@testable import SparkbookCluster
import Testing
@testable import SparkbookTerminal

/// The fair-usage table printed at the end of a shared run. Golden file: Golden/fairness_table.txt (regenerate
/// with SPARKBOOK_UPDATE_GOLDEN=1).
@Suite struct FairnessTableTests {
    static let executor = Resources(vcores: 1, memoryMiB: 1408)

    /// Three teams on a 10-executor cluster: the seed in etl finishes at 30 s, a neighbour in analytics runs on,
    /// adhoc waits 4 s for a first executor.
    static var threeTeams: FairnessReport {
        var log = UsageLog(clusterResources: executor * 10, calculator: .memory, queues: [
            QueueDescription(name: "etl", capacityPercent: 50), QueueDescription(name: "analytics", capacityPercent: 30),
            QueueDescription(name: "adhoc", capacityPercent: 20),
        ])
        func at(_ s: Int64) -> ClockTime { ClockTime(milliseconds: s * 1000) }
        log.applications = [
            .init(id: "application_1_0001", name: "dynamic_allocation", queue: "etl", user: "ana", submittedAt: at(0), finishedAt: at(30)),
            .init(id: "application_1_0002", name: "steady_etl_team", queue: "analytics", user: "bo", submittedAt: at(5)),
            .init(id: "application_1_0003", name: "adhoc", queue: "adhoc", user: "cy", submittedAt: at(10), finishedAt: at(25),
                  executorResources: executor),
        ]
        func sample(_ s: Int64, _ n: Int, _ granted: Int, waiting: Int = 0, busy: Int, pending: Int) -> UsageLog.Sample {
            UsageLog.Sample(time: at(s), applicationId: "application_1_000\(n)", granted: granted,
                            grantedResources: executor * granted, waiting: waiting, busyExecutors: busy, pendingTasks: pending)
        }
        log.samples = [
            sample(0, 1, 8, busy: 8, pending: 40), sample(5, 2, 2, waiting: 1, busy: 2, pending: 6),
            sample(10, 3, 0, waiting: 2, busy: 0, pending: 4), sample(14, 1, 6, busy: 5, pending: 10),
            sample(14, 3, 2, busy: 2, pending: 1), sample(20, 1, 2, busy: 0, pending: 0),
        ]
        return FairnessReport(log: log, end: at(40))
    }

    @Test func aSharedRunPrintsApplicationsQueuesAndJainsIndex() throws {
        let text = FairnessTable(report: Self.threeTeams).text
        #expect(text.hasPrefix("Fair usage over 40s, shares of cluster memory\n"))
        #expect(text.contains("adhoc               adhoc      cy"))
        #expect(text.contains("4s from 10s"))
        #expect(text.contains("Jain's fairness index over etl, analytics, adhoc: 0."))
        #expect(!text.contains("\u{1B}["))
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/fairness_table.txt")
        if ProcessInfo.processInfo.environment["SPARKBOOK_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func anIndexThatCannotBeComputedSaysWhyInsteadOfOne() {
        var log = UsageLog(clusterResources: Self.executor * 4, calculator: .dominant,
                           queues: [QueueDescription(name: "default", capacityPercent: 100)])
        log.applications = [.init(id: "a", name: "seed", queue: "default", user: "ana", submittedAt: .zero)]
        log.samples = [UsageLog.Sample(time: .zero, applicationId: "a", granted: 2, grantedResources: Self.executor * 2,
                                       waiting: 0, busyExecutors: 1, pendingTasks: 0)]
        let text = FairnessTable(report: FairnessReport(log: log, end: ClockTime(milliseconds: 2500))).text
        #expect(text.contains("Jain's fairness index: none, only queue default had demand"))
        #expect(!text.contains("1.000"))
        #expect(text.contains("2.5s (running)"))
        #expect(text.contains("shares of the cluster (dominant resource)"))
    }

    @Test func colourOnlyThroughTheStyle() {
        let text = FairnessTable(report: Self.threeTeams, style: TerminalStyle(color: true)).text
        #expect(text.hasPrefix("\u{1B}[1mFair usage"))
    }
}
