/// The 100 ms `schedule()` step: adjust the target, then release idle executors.
extension ExecutorAllocationPolicy {
    /// Runs one scheduling round at `now`; returns at most one target change and one removal.
    public mutating func tick(now: ClockTime) -> [AllocationDecision] {
        let timedOut = monitor.timedOutExecutors(now: now)
        if !timedOut.isEmpty { initializing = false }
        var decisions: [AllocationDecision] = []
        if let change = updateTarget(now: now) { decisions.append(.requestTotal(change)) }
        if !timedOut.isEmpty, let removal = removeIdle(timedOut) { decisions.append(.removeExecutors(removal)) }
        return decisions
    }

    /// Lowers the target to what the load needs, or (timer fired) ramps it up.
    mutating func updateTarget(now: ClockTime) -> TargetChange? {
        if initializing { return nil }
        let needed = maxExecutorsNeeded
        if needed < target {
            let previous = target
            target = max(needed, config.minExecutors)
            executorsToAdd = 1
            guard target != previous else { return nil }
            return TargetChange(target: target, previousTarget: previous, reason: .loadDropped(needed: needed))
        }
        guard let fireAt = addTime, now >= fireAt else { return nil }
        let firedAfter = addTimeArmedWith ?? schedulerBacklogTimeout
        let previous = target
        let delta = addExecutors(maxNeeded: needed)
        guard delta != 0 else { return nil }
        executorsToAdd = delta == executorsToAdd ? executorsToAdd * 2 : 1
        addTime = now + sustainedSchedulerBacklogTimeout
        addTimeArmedWith = sustainedSchedulerBacklogTimeout
        return TargetChange(target: target, previousTarget: previous, reason: .backlog(after: firedAfter))
    }

    /// Raises the target by `executorsToAdd` from at least the running count, capped by what
    /// the load needs and by [min, max]; returns the delta. A zero delta restarts the ramp.
    mutating func addExecutors(maxNeeded: Int) -> Int {
        let previous = target
        if previous >= config.maxExecutors {
            executorsToAdd = 1
            return 0
        }
        var newTarget = max(target, monitor.executorCount) + executorsToAdd
        newTarget = min(newTarget, maxNeeded)
        newTarget = max(min(newTarget, config.maxExecutors), config.minExecutors)
        target = newTarget
        let delta = newTarget - previous
        if delta == 0 { executorsToAdd = 1 }
        return delta
    }

    /// Picks timed-out executors in order while the count stays >= max(min, target).
    mutating func removeIdle(_ candidates: [String]) -> ExecutorRemoval? {
        var remaining = monitor.executorCount - monitor.pendingRemovalCount
        var chosen: [String] = []
        for id in candidates where remaining - 1 >= config.minExecutors && remaining - 1 >= target {
            chosen.append(id)
            remaining -= 1
        }
        guard !chosen.isEmpty else { return nil }
        let rules = chosen.compactMap { monitor.idleRule(of: $0) }
        monitor.markPendingRemoval(chosen)
        return ExecutorRemoval(executorIds: chosen, reason: .idleTimeout, rules: rules)
    }
}
