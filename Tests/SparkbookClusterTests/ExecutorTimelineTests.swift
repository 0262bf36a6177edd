import SparkbookCluster
import Testing

@Suite struct ExecutorTimelineTests {
    @Test func labelsSayWhatChangedAndWhy() {
        let labels = TimelineFixtures.entries.map(\.label)
        #expect(labels == ["=1 initial", "+1 up (0)", "+1 backlog 1s", "+1 up (1)", "+2 backlog 1s", "+2 up (2,3)",
                           "-3 target (need 0)", "-3 idle 60s", "kept 3: holds shuffle 4"])
        let timeline = ExecutorTimeline(epochOffset: 5)
        for entry in TimelineFixtures.entries { timeline.record(entry) }
        #expect(timeline.entries == TimelineFixtures.entries)
    }
}
