import Foundation
import Synchronization
import SparkbookCluster
import Testing

@Suite struct EventLogFeedTests {
    /// A real dynamic-allocation run, fed as the spark engine feeds its own: every event reaches the bus's
    /// listeners, and the timeline from what the feed kept shows executors added with their causes.
    @Test func feedsARecordedRealLogToTheBusAndTheTimeline() throws {
        let directory = EventLogFixtures.path("dynalloc")
        let recorder = EventRecorder()
        let feed = EventLogFeed(follower: EventLogFollower(directory: directory), bus: ListenerBus(listeners: [recorder]),
                                intervalMillis: 10)
        feed.start()
        feed.stop()
        let expected = try EventLogReader.read(directory).events
        #expect(feed.error == nil)
        #expect(!expected.isEmpty)
        #expect(feed.events == expected)
        #expect(recorder.events == expected)
        let allocation = try String(contentsOfFile: directory + "/allocation.log", encoding: .utf8)
        let timeline = EventLogTimeline(events: feed.events, allocationLog: AllocationLogParser().parse(allocation))
        let summaries = timeline.entries.map(\.summary)
        #expect(summaries.contains { $0.hasPrefix("added executor") })
        #expect(summaries.contains { $0.contains("backlogged") })
    }

    /// The console progress bar draws a real stage from the lines Spark has written so far, as it does from the
    /// embedded engine's events.
    @Test func drivesTheProgressBarFromAPartlyWrittenLog() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try EventLogFollowerTests.lines()
        let written = Mutex("")
        let bar = ConsoleProgressReporter(width: 60, now: { 1_800 }, write: { text in written.withLock { $0 += text } },
                                          refresh: false)
        let feed = EventLogFeed(follower: EventLogFollower(directory: directory.path), bus: ListenerBus(listeners: [bar]))
        #expect(feed.pump() == 0)  // the application has not started yet
        // Up to stage 0's first task start: 2 tasks, 0 done, 1 running.
        try EventLogFollowerTests.append(lines[..<7].joined(), to: directory.appendingPathComponent("app-1.inprogress").path)
        #expect(feed.pump() == 6)
        feed.bus.flush()
        bar.refresh()
        #expect(written.withLock { $0 }.contains("[Stage 0:"))
        #expect(written.withLock { $0 }.contains("(0 + 1) / 2]"))
    }

    /// Logs already in a shared `spark.eventLog.dir` belong to earlier applications, not to the run being followed.
    @Test func newApplicationsOnlySkipsTheLogsAlreadyThere() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try EventLogFollowerTests.lines()
        try EventLogFollowerTests.append(lines.joined(), to: directory.appendingPathComponent("app-0").path)
        let follower = EventLogFollower(directory: directory.path, newApplicationsOnly: true)
        #expect(try follower.poll().isEmpty)
        try EventLogFollowerTests.append(lines[..<3].joined(), to: directory.appendingPathComponent("app-1.inprogress").path)
        #expect(try follower.poll() == Array(EventLogFixtures.sampleEvents[..<2]))
        #expect(follower.appId == "app-1")
    }
}
