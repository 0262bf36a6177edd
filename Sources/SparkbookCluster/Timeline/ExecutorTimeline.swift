import Synchronization

/// One change of the executor count (or of the request behind it), with its cause.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The desired total changed (initial request, backlog ramp, load dropped).
        case targetChanged(TargetChange)
        /// Executors registered (they were requested earlier).
        case executorsAdded([String])
        /// Executors released; `label` says why (`-3 idle 60s`).
        case executorsRemoved([String], label: String)
        /// Executors idle past the plain idle timeout but kept, e.g. because they hold shuffle data.
        case executorsKept([String], reason: KeepReason)
    }

    public let time: ClockTime
    public let kind: Kind
    /// Registered executors right after the change.
    public let executors: Int
    /// The desired total right after the change (nil without dynamic allocation).
    public let target: Int?
    /// For idle removals, the idle rule that timed each removed executor out (empty otherwise), so a reader can
    /// say which configured timeout fired without parsing `label`.
    public let idleRules: [IdleRule]

    public init(time: ClockTime, kind: Kind, executors: Int, target: Int?, idleRules: [IdleRule] = []) {
        self.time = time
        self.kind = kind
        self.executors = executors
        self.target = target
        self.idleRules = idleRules
    }

    /// The short cause shown on the chart: `+2 backlog 5s`, `-3 idle 60s`, `kept: holds shuffle 4`.
    public var label: String {
        switch kind {
        case .targetChanged(let change): change.label
        case .executorsAdded(let ids): "+\(ids.count) up (\(ids.joined(separator: ",")))"
        case .executorsRemoved(_, let label): label
        case .executorsKept(let ids, let reason): "kept \(ids.joined(separator: ",")): \(reason)"
        }
    }

    /// The line Spark logs for the change, when it logs one (at the decision's level).
    public var sparkLog: (level: AllocationDecision.LogLevel, line: String)? {
        switch kind {
        case .targetChanged(let change): (change.logLevel, change.logLine)
        case .executorsRemoved(_, let label) where label.hasSuffix(" lost"):
            nil  // lost, not released: the allocation manager logs nothing of its own
        case .executorsRemoved(let ids, _):
            (.info, ExecutorRemoval(executorIds: ids, reason: .idleTimeout, rules: []).logLine)
        case .executorsAdded, .executorsKept: nil
        }
    }
}

/// Records executor-count changes with their causes as the runtime applies allocation decisions; renderers
/// turn the recording into a chart and Spark's log lines. Thread-safe; cheap to append to.
public final class ExecutorTimeline: Sendable {
    private let storage = Mutex<[TimelineEntry]>([])
    /// Wall-clock milliseconds at clock time zero, to print real times.
    public let epochOffset: Int64

    public init(epochOffset: Int64 = 0) {
        self.epochOffset = epochOffset
    }

    public func record(_ entry: TimelineEntry) {
        storage.withLock { $0.append(entry) }
    }

    public var entries: [TimelineEntry] { storage.withLock { $0 } }
}
