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
    /// The `--time-scale` the run used, so that timeouts read as configured and as they ran.
    public let timeScale: TimeScale
    /// For idle removals, the idle rule that timed each removed executor out (empty otherwise), so a reader can
    /// say which configured timeout fired without parsing `label`.
    public let idleRules: [IdleRule]

    public init(time: ClockTime, kind: Kind, executors: Int, target: Int?, timeScale: TimeScale = .realTime,
                idleRules: [IdleRule] = []) {
        self.time = time
        self.kind = kind
        self.executors = executors
        self.target = target
        self.timeScale = timeScale
        self.idleRules = idleRules
    }

    /// A request (the desired total changed; no executor came or went yet), as opposed to a change of the
    /// registered executors.
    public var isRequest: Bool {
        if case .targetChanged = kind { return true }
        return false
    }

    /// What happened and why, in Spark's terms, telling requests from changes:
    /// `requested 2 more executors: tasks backlogged 1s (target 2 → 4)`, `added executors 2,3`,
    /// `removed executors 0,1: idle 60s`, `lost executor 2`, `lowered target 4 → 1: not all requested executors are needed (tasks need 0)`,
    /// `kept executor 3: holds shuffle data (shuffle 4)`.
    public var label: String {
        switch kind {
        case .targetChanged(let change):
            switch change.reason {
            case .initial:
                return "requested \(Self.executors(change.target)) initially (target \(change.target))"
            case .backlog(let after):
                return "requested \(change.delta) more \(Self.noun(change.delta)): tasks backlogged "
                    + "\(timeScale.describe(after)) (target \(change.previousTarget) → \(change.target))"
            case .loadDropped(let needed):
                return "lowered target \(change.previousTarget) → \(change.target): not all requested executors are needed "
                    + "(tasks need \(needed))"
            }
        case .executorsAdded(let ids): return "added \(Self.noun(ids.count)) \(ids.joined(separator: ","))"
        case .executorsRemoved(let ids, let label):
            let list = "\(Self.noun(ids.count)) \(ids.joined(separator: ","))"
            if Self.isLoss(label) {
                // `-1 lost: <Spark's reason>` (read from an event log) says why.
                let reason = label.range(of: " lost: ").map { ": " + label[$0.upperBound...] } ?? ""
                return "lost \(list)\(reason)"
            }
            // The recorded label is `-N <rules>`; the rules say which timeout released them.
            return "removed \(list): " + label.drop { $0 != " " }.dropFirst()
        case .executorsKept(let ids, let reason): return "kept \(Self.noun(ids.count)) \(ids.joined(separator: ",")): \(reason)"
        }
    }

    /// The label with the count a change left: `added executor 3; executors now 3`. Requests and notes of kept
    /// executors change no count and read as their label.
    public var summary: String {
        switch kind {
        case .executorsAdded, .executorsRemoved: "\(label); executors now \(executors)"
        case .targetChanged, .executorsKept: label
        }
    }

    private static func noun(_ count: Int) -> String { count == 1 ? "executor" : "executors" }
    private static func executors(_ count: Int) -> String { "\(count) \(noun(count))" }
    /// An executor the cluster lost (a failed node), not one dynamic allocation released.
    public static func isLoss(_ label: String) -> Bool { label.hasSuffix(" lost") || label.contains(" lost: ") }

    /// Whether a removal label names idle rules (`-2 idle 60s`, `-1 shuffle 30s`) rather than Spark's own reason
    /// (`-1 Executor killed by driver.`, read from an event log without the allocation log).
    static func isIdleRemoval(_ label: String) -> Bool {
        let rules = label.drop { $0 != " " }.dropFirst()
        return ["idle ", "cached ", "shuffle ", "cached+shuffle "].contains { rules.hasPrefix($0) }
    }

    /// The line Spark logs for the change, when it logs one (at the decision's level).
    public var sparkLog: (level: AllocationDecision.LogLevel, line: String)? {
        switch kind {
        case .targetChanged(let change): (change.logLevel, change.logLine)
        case .executorsRemoved(_, let label) where Self.isLoss(label):
            nil  // lost, not released: the allocation manager logs nothing of its own
        case .executorsRemoved(_, let label) where !Self.isIdleRemoval(label):
            nil  // removed for a reason Spark's event log gave, not by the allocation manager's idle timeout
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
