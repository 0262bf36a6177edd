/// The allocation round: tick the policy, carry out its decisions on the cluster manager, register executors
/// whose start-up has finished, place queued tasks on them, and note executors kept past the idle timeout.
extension ApplicationScheduler {
    /// Spark's reason for executors dynamic allocation kills.
    static let killedByDriver = "Executor killed by driver."

    /// The policy's initial request (or the fixed executor count) at application start; registers executors
    /// that start at once.
    mutating func start(fixedExecutors: Int, now: ClockTime) {
        cleaner.start(at: now)
        if let initial = policy?.start() {
            _ = apply([initial], now: now)
        } else {
            cluster.requestTotal(fixedExecutors, now: now)
        }
        _ = advance(now: now)
    }

    /// One 100 ms round; returns whether anything changed (a quiet round can be skipped until `nextWake`).
    mutating func tick(now: ClockTime) -> Bool {
        // The cleaner first: executors that held only the cleaned shuffles may go in this round.
        var changed = cleanShuffles(now: now)
        if policy != nil {
            changed = apply(policy!.tick(now: now), now: now) || changed
        }
        changed = advance(now: now) || changed
        changed = noteKeptExecutors(now: now) || changed
        return changed
    }

    /// The last job using a shuffle ended: the ContextCleaner removes it at its next periodic GC, and until then
    /// executors holding its output count as holding shuffle data.
    mutating func shuffleUnreferenced(_ shuffleId: Int, now: ClockTime) {
        cleaner.shuffleUnreferenced(shuffleId, now: now)
    }

    /// The periodic GC came: unreferenced shuffles are cleaned, and executors holding only them may idle out.
    private mutating func cleanShuffles(now: ClockTime) -> Bool {
        let cleaned = cleaner.clean(now: now)
        for id in cleaned {
            emit(.shuffleCleaned(shuffleId: id), nil, now: now)
            effects.cleanedShuffles.append(id)
        }
        return !cleaned.isEmpty
    }

    private mutating func apply(_ decisions: [AllocationDecision], now: ClockTime) -> Bool {
        for decision in decisions {
            switch decision {
            case .requestTotal(let change):
                cluster.requestTotal(change.target, now: now)
                record(.targetChanged(change), now: now)
            case .removeExecutors(let removal):
                // The policy removes idle executors only; one that got a task meanwhile stays.
                let removed = removal.executorIds.filter { executors[$0]?.running == 0 }
                if executorKillTime > .zero {
                    leaving += removed.map { (id: $0, at: now + executorKillTime) }
                } else {
                    for id in removed { removeExecutor(id, reason: Self.killedByDriver, lost: false, now: now) }
                }
                if !removed.isEmpty {
                    let label = removal.label(removed: removed, at: policy?.timeScale ?? .realTime)
                    record(.executorsRemoved(removed, label: label), now: now, idleRules: removal.rules(of: removed))
                }
            }
        }
        return !decisions.isEmpty
    }

    /// Registers executors that are up, loses those the resource manager took back, then fills free slots and
    /// tells the resource manager how busy the application is.
    private mutating func advance(now: ClockTime) -> Bool {
        let gone = leaving.filter { $0.at <= now }
        leaving.removeAll { $0.at <= now }
        for executor in gone { removeExecutor(executor.id, reason: Self.killedByDriver, lost: false, now: now) }
        let update = cluster.allocate(now: now)
        for preemption in update.preempted {
            executorLost(preemption.executorId, reason: preemption.reason, label: "-1 preempted", now: now)
        }
        let launches = update.launched
        for launch in launches {
            let executor = ScheduledExecutor(id: launch.id, host: launch.host, cores: launch.cores,
                                             slots: slotsPerExecutor, addedAt: now)
            executors[launch.id] = executor
            executorOrder.append(launch.id)
            effects.registered.append(executor)
            emit(.executorAdded(id: launch.id),
                 .executorAdded(ExecutorInfo(id: launch.id, time: wall(now), host: launch.host,
                                             totalCores: launch.cores)), now: now)
        }
        if !launches.isEmpty {
            executorOrder = ExecutorIDOrder.numeric.sorted(executorOrder)
            record(.executorsAdded(launches.map(\.id)), now: now)
        }
        let placed = placeTasks(now: now)
        cluster.report(busyExecutors: executors.values.reduce(0) { $0 + ($1.running > 0 ? 1 : 0) },
                       pendingTasks: queue.count, now: now)
        return !launches.isEmpty || !placed.isEmpty || !update.preempted.isEmpty || !gone.isEmpty
    }

    /// Records, once per idle period and reason, executors idle past the plain idle timeout that stay because
    /// they hold shuffle data or cached blocks (the users' classic "why is my executor still here?").
    private mutating func noteKeptExecutors(now: ClockTime) -> Bool {
        guard let policy else { return false }
        let kept = keptNotes.newlyKept(by: policy, now: now)
        for (reason, ids) in kept { record(.executorsKept(ids, reason: reason), now: now) }
        return !kept.isEmpty
    }

    /// The next future instant at which a quiet round could act: a backlog or idle deadline, an executor
    /// registering, a batch round, or an idle executor reaching the idle timeout (for the "kept" note).
    func nextWake(after now: ClockTime) -> ClockTime {
        var wake = cluster.nextEventTime
        if wake <= now { wake = .never }
        if cleaner.nextCleaning > now { wake = min(wake, cleaner.nextCleaning) }
        for executor in leaving where executor.at > now { wake = min(wake, executor.at) }
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
