import Foundation
import Testing
@testable import SparkbookCluster

/// What two runs' timelines must share: the targets asked for in order and the idle removals.
struct TimelineSummaryTests {
    func target(_ to: Int, from: Int, at ms: Int64) -> TimelineEntry {
        TimelineEntry(time: ClockTime(milliseconds: ms),
                      kind: .targetChanged(TargetChange(target: to, previousTarget: from,
                                                        reason: from == 0 ? .initial : .backlog(after: .seconds(1)))),
                      executors: 0, target: to)
    }

    @Test func targetsInOrderAndIdleRemovalsCounted() {
        let entries = [
            target(1, from: 0, at: 0),
            TimelineEntry(time: ClockTime(milliseconds: 10), kind: .executorsAdded(["1"]), executors: 1, target: 1),
            target(2, from: 1, at: 1000),
            TimelineEntry(time: ClockTime(milliseconds: 5000),
                          kind: .targetChanged(TargetChange(target: 1, previousTarget: 2, reason: .loadDropped(needed: 1))),
                          executors: 2, target: 1),
            TimelineEntry(time: ClockTime(milliseconds: 9000), kind: .executorsRemoved(["1", "2"], label: "-2 idle 60s"),
                          executors: 0, target: 0),
            TimelineEntry(time: ClockTime(milliseconds: 9500), kind: .executorsRemoved(["3"], label: "-1 lost: worker died"),
                          executors: 0, target: 0),
        ]
        let summary = TimelineSummary(entries)
        #expect(summary == TimelineSummary(targets: [1, 2], idleRemovals: 2))
        #expect(summary.peakTarget == 2)
        #expect(summary.description == "targets 1→2, 2 idle removals")
        #expect(TimelineSummary([]).description == "targets none, 0 idle removals")
    }

    /// A real Spark 4.3 application (tests/fixtures/eventlogs/dynalloc): its INFO allocation log has the requests,
    /// the lowerings between them are silent, so a request after one repeats a total.
    @Test func aRealApplicationsRequestsAndRemovals() throws {
        let log = try EventLogReader.read(EventLogFixtures.path("dynalloc"))
        let text = try String(contentsOfFile: EventLogFixtures.path("dynalloc") + "/allocation.log", encoding: .utf8)
        let timeline = EventLogTimeline(events: log.events, allocationLog: AllocationLogParser().parse(text))
        #expect(TimelineSummary(timeline.entries) == TimelineSummary(targets: [1, 1, 2, 1, 2], idleRemovals: 3))
    }
}
