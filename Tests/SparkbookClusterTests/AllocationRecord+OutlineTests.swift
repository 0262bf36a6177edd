import Foundation
import Testing
@testable import SparkbookCluster

/// What two runs' timelines must share when their times differ: the targets asked for in order and the idle removals.
struct AllocationRecordOutlineTests {
    func target(_ to: Int, from: Int, at ms: Int64) -> TimelineEntry {
        TimelineEntry(time: ClockTime(milliseconds: ms),
                      kind: .targetChanged(TargetChange(target: to, previousTarget: from,
                                                        reason: from == 0 ? .initial : .backlog(after: .seconds(1)))),
                      executors: 0, target: to)
    }

    /// An embedded run's timeline: the initial target and the request count, the lowering does not, and only idle
    /// removals are counted.
    @Test func anEmbeddedTimelinesTargetsInOrderAndIdleRemovals() {
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
        let record = AllocationRecord(timeline: entries)
        #expect(record.outline == AllocationRecord.Outline(targets: [1, 2], idleRemovals: 2))
        #expect(record.outline.description == "targets 1→2, 2 idle removals")
        #expect(record.decisions.map(\.millis) == [0, 1000, 5000, 9000, 9000])
        #expect(AllocationRecord(timeline: []).outline.description == "targets none, 0 idle removals")
    }

    /// A real Spark 4.3 application (tests/fixtures/eventlogs/dynalloc): its INFO allocation log has the requests,
    /// the lowerings between them are silent, so a request after one repeats a total; it names four executors
    /// removed for idleness (the last one, 3, as the application ends).
    @Test func aRealApplicationsRequestsAndRemovals() throws {
        let log = try EventLogReader.read(EventLogFixtures.path("dynalloc"))
        let text = try String(contentsOfFile: EventLogFixtures.path("dynalloc") + "/allocation.log", encoding: .utf8)
        let record = AllocationRecord(events: log.events, allocationLog: AllocationLogParser().parse(text))
        #expect(record.outline == AllocationRecord.Outline(targets: [1, 1, 2, 1, 2], idleRemovals: 4))
    }
}
