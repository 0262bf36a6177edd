import Foundation

extension AllocationRecord {
    /// What two runs of one notebook must share even when their timings may not (`sparkbook engine compare
    /// --timeline` holds a real cluster to it): the totals asked for in order (the initial target, then each
    /// backlog request's new total; lowerings are left out, so a request after one may repeat a total) and how
    /// many executors were released for idleness (not lost ones).
    public struct Outline: Equatable, Sendable, CustomStringConvertible {
        public var targets: [Int]
        public var idleRemovals: Int

        public init(targets: [Int], idleRemovals: Int) {
            self.targets = targets
            self.idleRemovals = idleRemovals
        }

        public var description: String {
            "targets " + (targets.isEmpty ? "none" : targets.map(String.init).joined(separator: "→"))
                + ", \(idleRemovals) idle \(idleRemovals == 1 ? "removal" : "removals")"
        }
    }

    public var outline: Outline {
        var targets: [Int] = [], idleRemovals = 0
        for timed in decisions {
            switch timed.decision {
            case .initial(let target), .requested(_, let target): targets.append(target)
            case .removedIdle: idleRemovals += 1
            case .lowered, .removedOther: continue
            }
        }
        return Outline(targets: targets, idleRemovals: idleRemovals)
    }

    /// An embedded run's record from its timeline alone: its entries become the allocation log the engine writes
    /// beside its event log and are read back by the same parser as a real driver's, so both engines' decisions
    /// are read one way. Without an event log it has no executors or tasks.
    public init(timeline entries: [TimelineEntry]) {
        let utc = TimeZone(identifier: "UTC") ?? .current
        let log = AllocationLogRenderer(timeZone: utc, includeDebug: true, dateFormat: AllocationLogRenderer.millisecondDateFormat)
            .lines(entries, epochOffset: 0).joined(separator: "\n")
        self.init(events: [], allocationLog: AllocationLogParser(timeZone: utc).parse(log))
    }
}
