import Foundation
import SparkbookCluster
import Testing

@Suite struct EventLogTimelineTests {
    static let start: Int64 = 1_000_000

    static let events: [SparkListenerEvent] = [
        .applicationStart(ApplicationInfo(appName: "a", appId: "app-1", time: start, user: "me")),
        .environmentUpdate(EnvironmentInfo(jvm: [], sparkProperties: [
            .init("spark.dynamicAllocation.executorIdleTimeout", "3s"),
            .init("spark.dynamicAllocation.schedulerBacklogTimeout", "1s"),
            .init("spark.dynamicAllocation.sustainedSchedulerBacklogTimeout", "2s"),
            .init("spark.master", "local-cluster[2,1,1024]"),
        ], systemProperties: [], classpathEntries: [])),
        .executorAdded(ExecutorInfo(id: "0", time: start + 1_000, host: "h", totalCores: 1)),
        .executorAdded(ExecutorInfo(id: "1", time: start + 3_000, host: "h", totalCores: 1)),
        .executorAdded(ExecutorInfo(id: "2", time: start + 5_000, host: "h", totalCores: 1)),
        .executorRemoved(id: "0", time: start + 9_100, reason: "Executor killed by driver."),
        .executorRemoved(id: "1", time: start + 9_200, reason: "Executor killed by driver."),
        .executorRemoved(id: "2", time: start + 10_000, reason: "Command exited with code 137"),
        .applicationEnd(time: start + 12_000),
    ]

    static let decisions: [AllocationLogParser.Line] = [
        .init(time: start + 500, kind: .initial(target: 1)),
        .init(time: start + 2_000, kind: .requested(count: 1, target: 2)),
        .init(time: start + 4_000, kind: .requested(count: 1, target: 3)),
        .init(time: start + 9_000, kind: .idleRemoved(["0", "1"])),
        // Another application's decision, long after this one ended.
        .init(time: start + 600_000, kind: .initial(target: 5)),
    ]

    @Test func theEventLogAloneSaysWhatSparkRecorded() {
        let timeline = EventLogTimeline(events: Self.events)
        #expect(timeline.entries.map(\.summary) == [
            "added executor 0; executors now 1", "added executor 1; executors now 2", "added executor 2; executors now 3",
            "removed executor 0: Executor killed by driver.; executors now 2",
            "removed executor 1: Executor killed by driver.; executors now 1",
            "lost executor 2: Command exited with code 137; executors now 0",
        ])
        #expect(timeline.entries.allSatisfy { $0.target == nil && $0.sparkLog == nil })
        #expect(timeline.end == ClockTime(milliseconds: 12_000))
        #expect(timeline.epochOffset == Self.start)
        #expect(timeline.master == "local-cluster[2,1,1024]")
        #expect(timeline.appId == "app-1")
    }

    @Test func theAllocationLogAddsTargetsAndCauses() {
        let timeline = EventLogTimeline(events: Self.events, allocationLog: Self.decisions)
        #expect(timeline.entries.map(\.label) == [
            "requested 1 executor initially (target 1)", "added executor 0",
            "requested 1 more executor: tasks backlogged 1s (target 1 → 2)", "added executor 1",
            "requested 1 more executor: tasks backlogged 2s (target 2 → 3)", "added executor 2",
            "removed executors 0,1: idle 3s", "lost executor 2: Command exited with code 137",
        ])
        #expect(timeline.entries.map(\.target) == [1, 1, 2, 2, 3, 3, 1, 1])
        #expect(timeline.entries[6].idleRules == [.plain(.seconds(3)), .plain(.seconds(3))])
        #expect(timeline.entries[6].sparkLog?.line == "Executors 0,1 removed due to idle timeout.")
    }
}
