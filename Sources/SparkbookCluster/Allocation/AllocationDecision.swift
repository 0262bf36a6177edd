/// What a tick (or `start`) asks the cluster to do. The scheduler carries decisions out;
/// the policy has already updated its own state as if they succeed.
public enum AllocationDecision: Hashable, Sendable {
    /// Tell the cluster manager the desired total; it starts or cancels executor requests.
    case requestTotal(TargetChange)
    /// Kill these executors. The target is unchanged; post `.executorRemoved` when each is gone.
    case removeExecutors(ExecutorRemoval)

    /// The line Spark logs for the same step.
    public var logLine: String {
        switch self {
        case .requestTotal(let change): change.logLine
        case .removeExecutors(let removal): removal.logLine
        }
    }

    public var logLevel: LogLevel {
        switch self {
        case .requestTotal(let change): change.logLevel
        case .removeExecutors: .info
        }
    }

    /// A short cause for a timeline: `+2 backlog 1s`, `-3 idle 60s`.
    public var label: String {
        switch self {
        case .requestTotal(let change): change.label
        case .removeExecutors(let removal): removal.label
        }
    }

    public enum LogLevel: String, Hashable, Sendable { case debug, info }
}

/// A new desired executor total.
public struct TargetChange: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// The initial request at start-up.
        case initial
        /// Tasks stayed backlogged for this long (the backlog or sustained timeout).
        case backlog(after: ClockDuration)
        /// Fewer tasks need executors than requested; pending requests are cancelled
        /// (nothing running is killed). Carries the number the load needs.
        case loadDropped(needed: Int)
    }

    public let target: Int
    public let previousTarget: Int
    public let reason: Reason

    public var delta: Int { target - previousTarget }

    public var logLevel: AllocationDecision.LogLevel {
        if case .loadDropped = reason { return .debug }
        return .info
    }

    public var logLine: String {
        switch reason {
        case .initial:
            return "Using initial executors = \(target), max of \(DynamicAllocationKeys.initialExecutors),"
                + "\(DynamicAllocationKeys.minExecutors) and \(DynamicAllocationKeys.executorInstances)"
        case .backlog:
            return "Requesting \(delta) new executor\(delta == 1 ? "" : "s") because tasks are backlogged "
                + "(new desired total will be \(target) for resource profile id: 0)"
        case .loadDropped:
            return "Lowering target number of executors to \(target) (previously \(previousTarget) "
                + "for resource profile id: 0) because not all requested executors are actually needed"
        }
    }

    public var label: String {
        switch reason {
        case .initial: "=\(target) initial"
        case .backlog(let after): "+\(delta) backlog \(after)"
        case .loadDropped(let needed): "\(delta) target (need \(needed))"
        }
    }
}

/// Idle executors to kill.
public struct ExecutorRemoval: Hashable, Sendable {
    public enum Reason: Hashable, Sendable { case idleTimeout }

    /// In removal order.
    public let executorIds: [String]
    public let reason: Reason
    /// The idle rule that timed each executor out, parallel to `executorIds`.
    public let rules: [IdleRule]

    public var logLine: String {
        "Executors \(executorIds.joined(separator: ",")) removed due to idle timeout."
    }

    /// `-3 idle 60s`, or `-2 idle 60s, cached 5min` when different rules fired.
    public var label: String { label(removed: executorIds) }

    /// The label for the executors of this removal that were actually removed (a busy one stays), with each
    /// timeout as configured and, at another time scale, as it ran: `-1 idle 60s (1.2s at time scale 0.02)`.
    public func label(removed: [String], at scale: TimeScale = .realTime) -> String {
        var distinct: [IdleRule] = []
        for (id, rule) in zip(executorIds, rules) where removed.contains(id) && !distinct.contains(rule) {
            distinct.append(rule)
        }
        return "-\(removed.count) " + distinct.map { $0.description(at: scale) }.joined(separator: ", ")
    }
}
