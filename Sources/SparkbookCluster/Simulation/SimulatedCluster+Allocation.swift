/// The 100 ms allocation round on the simulated cluster, carried out as `ClusterTaskScheduler+Allocation` does:
/// tick the policy, apply its decisions to the provisioner, register executors whose start-up has finished,
/// fill their slots, and note executors kept past the idle timeout because they hold shuffle data.
extension SimulatedCluster {
    /// The initial request (or the fixed executor count) at application start.
    mutating func requestInitialExecutors(fixedCount: Int, now: ClockTime) {
        if let initial = policy?.start() {
            _ = apply([initial], now: now)
        } else {
            provisioner.setDesiredTotal(fixedCount)
            peakTarget = max(peakTarget, fixedCount)
        }
        _ = advance(now: now)
    }

    /// One round; returns whether anything changed (a quiet round can be skipped until the next deadline).
    mutating func tick(now: ClockTime) -> Bool {
        var changed = false
        if policy != nil {
            let decisions = policy!.tick(now: now)
            changed = apply(decisions, now: now)
        }
        changed = advance(now: now) || changed
        changed = noteKeptExecutors(now: now) || changed
        return changed
    }

    private mutating func apply(_ decisions: [AllocationDecision], now: ClockTime) -> Bool {
        for decision in decisions {
            switch decision {
            case .requestTotal(let change):
                provisioner.setDesiredTotal(change.target)
                record(.targetChanged(change), now: now)
            case .removeExecutors(let removal):
                let removed = removal.executorIds.filter { executors[$0]?.running == 0 }
                for id in removed { removeExecutor(id, now: now) }
                if !removed.isEmpty {
                    let label = removal.label(removed: removed, at: policy?.timeScale ?? .realTime)
                    record(.executorsRemoved(removed, label: label), now: now, idleRules: removal.rules(of: removed))
                }
            }
        }
        return !decisions.isEmpty
    }

    private mutating func removeExecutor(_ id: String, now: ClockTime) {
        guard let executor = executors.removeValue(forKey: id) else { return }
        executorOrder.removeAll { $0 == id }
        provisioner.executorRemoved(id)
        keptNotes.forget(id)
        executorMilliseconds += (now - executor.addedAt).milliseconds
        emit(.executorRemoved(id: id),
             .executorRemoved(id: id, time: wall(now), reason: ClusterTaskScheduler.killedByDriver), now: now)
    }

    /// Registers executors that are up, then fills their slots.
    private mutating func advance(now: ClockTime) -> Bool {
        let launches = provisioner.advance(now: now)
        for launch in launches {
            executors[launch.id] = Executor(id: launch.id, host: launch.host, cores: launch.cores, addedAt: now)
            executorOrder.append(launch.id)
            emit(.executorAdded(id: launch.id),
                 .executorAdded(ExecutorInfo(id: launch.id, time: wall(now), host: launch.host,
                                             totalCores: launch.cores)), now: now)
        }
        guard !launches.isEmpty else { return false }
        executorOrder = ExecutorIDOrder.numeric.sorted(executorOrder)
        record(.executorsAdded(launches.map(\.id)), now: now)
        placeTasks(now: now)
        return true
    }

    /// Records, once per idle period and reason, executors idle past the plain idle timeout that stay because
    /// they hold shuffle data or cached blocks.
    private mutating func noteKeptExecutors(now: ClockTime) -> Bool {
        guard let policy else { return false }
        let kept = keptNotes.newlyKept(by: policy, now: now)
        for (reason, ids) in kept { record(.executorsKept(ids, reason: reason), now: now) }
        return !kept.isEmpty
    }

    /// The next future instant at which a quiet round could act: a backlog or idle deadline, an executor
    /// registering, a batch round, or an idle executor reaching the idle timeout (for the "kept" note).
    func nextWake(after now: ClockTime) -> ClockTime {
        var wake = provisioner.nextEventTime
        if wake <= now { wake = .never }
        guard let policy else { return wake }
        if let add = policy.addTime, add > now { wake = min(wake, add) }
        let idleTimeout = policy.monitor.timeouts.idle
        for (id, tracker) in policy.monitor.executors where !tracker.pendingRemoval {
            if let deadline = policy.monitor.deadline(of: id), deadline > now { wake = min(wake, deadline) }
            if let idleSince = tracker.idleStart {
                let noteAt = idleSince + idleTimeout
                if noteAt > now { wake = min(wake, noteAt) }
            }
        }
        return wake
    }
}
