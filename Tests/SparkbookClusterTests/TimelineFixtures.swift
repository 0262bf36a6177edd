@testable import SparkbookCluster

/// A recorded scale-up and release: initial 1, +1 and +2 from the backlog, 3 executors idle out, one kept.
enum TimelineFixtures {
    static func t(_ seconds: Double) -> ClockTime { ClockTime(milliseconds: Int64(seconds * 1000)) }

    static let entries: [TimelineEntry] = [
        TimelineEntry(time: t(0), kind: .targetChanged(TargetChange(target: 1, previousTarget: 0, reason: .initial)),
                      executors: 0, target: 1),
        TimelineEntry(time: t(0), kind: .executorsAdded(["0"]), executors: 1, target: 1),
        TimelineEntry(time: t(1), kind: .targetChanged(TargetChange(
            target: 2, previousTarget: 1, reason: .backlog(after: .seconds(1)))), executors: 1, target: 2),
        TimelineEntry(time: t(2), kind: .executorsAdded(["1"]), executors: 2, target: 2),
        TimelineEntry(time: t(2), kind: .targetChanged(TargetChange(
            target: 4, previousTarget: 2, reason: .backlog(after: .seconds(1)))), executors: 2, target: 4),
        TimelineEntry(time: t(3), kind: .executorsAdded(["2", "3"]), executors: 4, target: 4),
        TimelineEntry(time: t(5), kind: .targetChanged(TargetChange(
            target: 1, previousTarget: 4, reason: .loadDropped(needed: 0))), executors: 4, target: 1),
        TimelineEntry(time: t(65), kind: .executorsRemoved(["0", "1", "2"], label: "-3 idle 60s"),
                      executors: 1, target: 1),
        TimelineEntry(time: t(66), kind: .executorsKept(["3"], reason: .holdsShuffle([4])), executors: 1, target: 1),
    ]
}
