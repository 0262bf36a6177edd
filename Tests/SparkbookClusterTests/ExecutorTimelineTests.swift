@testable import SparkbookCluster
import Testing

@Suite struct ExecutorTimelineTests {
    @Test func labelsSayWhatChangedAndWhy() {
        let labels = TimelineFixtures.entries.map(\.label)
        // Requests (the target) read apart from changes (executors that came or went).
        #expect(labels == ["requested 1 executor initially (target 1)", "added executor 0",
                           "requested 1 more executor: tasks backlogged 1s (target 1 → 2)", "added executor 1",
                           "requested 2 more executors: tasks backlogged 1s (target 2 → 4)", "added executors 2,3",
                           "lowered target 4 → 1: not all requested executors are needed (tasks need 0)", "removed executors 0,1,2: idle 60s",
                           "kept executor 3: holds shuffle data (shuffle 4)"])
        #expect(TimelineFixtures.entries.map(\.isRequest) == [true, false, true, false, true, false, true, false, false])
        #expect(TimelineFixtures.entries[5].summary == "added executors 2,3; executors now 4")
        #expect(TimelineFixtures.entries[2].summary == TimelineFixtures.entries[2].label)
        let timeline = ExecutorTimeline(epochOffset: 5)
        for entry in TimelineFixtures.entries { timeline.record(entry) }
        #expect(timeline.entries == TimelineFixtures.entries)
    }

    @Test func atATimeScaleTimeoutsReadAsConfiguredAndAsTheyRan() {
        let scale = TimeScale(factor: 0.02)
        let request = TimelineEntry(time: .zero, kind: .targetChanged(TargetChange(
            target: 2, previousTarget: 1, reason: .backlog(after: scale.scale(.seconds(1))))), executors: 1, target: 2, timeScale: scale)
        #expect(request.label == "requested 1 more executor: tasks backlogged 1s (20ms at time scale 0.02) (target 1 → 2)")
        let removal = ExecutorRemoval(executorIds: ["1", "2"], reason: .idleTimeout,
                                      rules: [.plain(scale.scale(.seconds(60))), .cached(scale.scale(.seconds(300)))])
        let label = removal.label(removed: ["1"], at: scale)
        #expect(label == "-1 idle 60s (1.2s at time scale 0.02)")
        let removed = TimelineEntry(time: .zero, kind: .executorsRemoved(["1"], label: label), executors: 1, target: 1, timeScale: scale)
        #expect(removed.summary == "removed executor 1: idle 60s (1.2s at time scale 0.02); executors now 1")
        let lost = TimelineEntry(time: .zero, kind: .executorsRemoved(["2"], label: "-1 lost"), executors: 0, target: 1)
        #expect(lost.summary == "lost executor 2; executors now 0")
        #expect(lost.sparkLog == nil)
    }
}
