import Testing
@testable import SparkbookCluster

/// A run's decisions are read from its allocation log and its event log, timed from its first job's start.
struct AllocationRecordTests {
    static let app: Int64 = 1_000_000

    static func events(jobAt job: Int64, added: [(String, Int64)], removed: [(String, Int64, String)],
                       end: Int64? = nil) -> [SparkListenerEvent] {
        var events: [SparkListenerEvent] = [.applicationStart(ApplicationInfo(appName: "a", appId: "app-1", time: app, user: "u"))]
        events += added.map { .executorAdded(ExecutorInfo(id: $0.0, time: app + $0.1, host: "h", totalCores: 1)) }
        events.append(.jobStart(jobId: 0, time: app + job, stageIds: [0], description: "collect"))
        events += removed.map { .executorRemoved(id: $0.0, time: app + $0.1, reason: $0.2) }
        if let end { events.append(.applicationEnd(time: app + end)) }
        return events
    }

    @Test func decisionsAreTimedFromTheFirstJobAndIdleRemovalsSplitPerExecutor() {
        let log: [AllocationLogParser.Line] = [
            .init(time: Self.app + 100, kind: .initial(target: 1)),
            .init(time: Self.app + 6_000, kind: .requested(count: 1, target: 2)),
            .init(time: Self.app + 9_000, kind: .lowered(target: 1, previous: 2)),
            .init(time: Self.app + 12_000, kind: .idleRemoved(["1", "2"])),
        ]
        let events = Self.events(jobAt: 5_000, added: [("0", 3_000), ("1", 7_000), ("2", 7_100)],
                                 removed: [("1", 12_050, "Executor killed by driver."), ("2", 12_060, "Executor killed by driver."),
                                           ("0", 13_000, "Command exited with code 137")])
        let record = AllocationRecord(events: events, allocationLog: log)
        #expect(record.decisions.map(\.millis) == [-4_900, 1_000, 4_000, 7_000, 7_000, 8_000])
        #expect(record.decisions.map(\.decision) == [
            .initial(target: 1), .requested(count: 1, target: 2), .lowered(target: 1, previous: 2),
            .removedIdle(executor: "1"), .removedIdle(executor: "2"),
            .removedOther(executor: "0", reason: "Command exited with code 137"),
        ])
        #expect(record.peakExecutors == 3)
        #expect(record.executorsAdded == 3)
        #expect(record.appId == "app-1")
    }

    @Test func executorsLeavingAsTheApplicationEndsAreNotDecisions() {
        let events = Self.events(jobAt: 1_000, added: [("0", 500)], removed: [("0", 20_000, "Executor killed by driver.")],
                                 end: 19_990)
        #expect(AllocationRecord(events: events, allocationLog: []).decisions.isEmpty)
    }

    /// As a stage's last tasks end, the target drops in however many 100 ms steps their ends spread over: one
    /// lowering, at the first step's time, to the last step's target.
    @Test func loweringsInARowAreOneDecision() {
        let log: [AllocationLogParser.Line] = [
            .init(time: Self.app + 1_000, kind: .requested(count: 1, target: 2)),
            .init(time: Self.app + 5_000, kind: .lowered(target: 3, previous: 4)),
            .init(time: Self.app + 5_050, kind: .idleRemoved(["3"])),
            .init(time: Self.app + 5_100, kind: .lowered(target: 1, previous: 3)),
            .init(time: Self.app + 6_000, kind: .requested(count: 1, target: 2)),
            .init(time: Self.app + 7_000, kind: .lowered(target: 1, previous: 2)),
        ]
        let record = AllocationRecord(events: Self.events(jobAt: 0, added: [], removed: []), allocationLog: log)
        #expect(record.decisions.map(\.decision) == [
            .requested(count: 1, target: 2), .lowered(target: 1, previous: 4), .removedIdle(executor: "3"),
            .requested(count: 1, target: 2), .lowered(target: 1, previous: 2),
        ])
        #expect(record.decisions.map(\.millis) == [1_000, 5_000, 5_050, 6_000, 7_000])
    }
}
