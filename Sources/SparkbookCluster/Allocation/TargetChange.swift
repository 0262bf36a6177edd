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
