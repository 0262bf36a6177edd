/// What two runs of one notebook must agree on about dynamic allocation when their timings differ (the embedded
/// engine against a real cluster, `sparkbook engine compare --timeline`): the targets the allocation manager asked
/// for, in order, and how many executors it released for idleness. Times, executor ids and the moments executors
/// registered are each cluster's own.
public struct TimelineSummary: Equatable, Sendable, CustomStringConvertible {
    /// Each total requested, in order (the initial request and the backlog ramp; not lowered targets, so a
    /// request after a silent lowering may repeat a total).
    public var targets: [Int]
    /// Executors removed by an idle rule (`idle`, `cached`, `shuffle` timeouts), not lost ones.
    public var idleRemovals: Int

    public init(targets: [Int], idleRemovals: Int) {
        self.targets = targets
        self.idleRemovals = idleRemovals
    }

    public init(_ entries: [TimelineEntry]) {
        var targets: [Int] = []
        var idleRemovals = 0
        for entry in entries {
            switch entry.kind {
            case .targetChanged(let change):
                // A lowered target is logged by Spark at DEBUG only, so a real driver's INFO log has requests alone.
                if case .loadDropped = change.reason { continue }
                targets.append(change.target)
            case .executorsRemoved(let ids, let label) where TimelineEntry.isIdleRemoval(label):
                idleRemovals += ids.count
            case .executorsRemoved, .executorsAdded, .executorsKept:
                continue
            }
        }
        self.init(targets: targets, idleRemovals: idleRemovals)
    }

    /// The highest target asked for (0 without dynamic allocation).
    public var peakTarget: Int { targets.max() ?? 0 }

    public var description: String {
        "targets " + (targets.isEmpty ? "none" : targets.map(String.init).joined(separator: "→"))
            + ", \(idleRemovals) idle \(idleRemovals == 1 ? "removal" : "removals")"
    }
}
