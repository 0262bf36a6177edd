/// The allocation round: tick the policy, carry out its decisions on the cluster manager, register executors
/// whose start-up has finished, and place queued tasks on them.
extension ClusterTaskScheduler {
    /// Spark's reason for executors dynamic allocation kills.
    public static let killedByDriver = "Executor killed by driver."

    /// Sends the policy's initial request (or the fixed executor count) and registers executors that start at
    /// once. Called by the runtime right after the application-start events.
    func requestInitialExecutors(fixedCount: Int) {
        let workers = state.withLock { s -> [ExecutorWorker] in
            let now = clock.now
            if let initial = s.policy?.start() {
                apply([initial], state: &s, now: now)
            } else {
                s.provisioner.setDesiredTotal(fixedCount)
            }
            advance(state: &s, now: now)
            return []
        }
        join(workers)
    }

    /// One 100 ms allocation round at the clock's current time.
    public func tick() {
        let workers = state.withLock { s -> [ExecutorWorker] in
            guard !s.stopped else { return [] }
            let now = clock.now
            var stopped: [ExecutorWorker] = []
            if s.policy != nil {
                let decisions = s.policy!.tick(now: now)
                stopped += apply(decisions, state: &s, now: now)
            }
            advance(state: &s, now: now)
            noteKeptExecutors(state: &s, now: now)
            return stopped
        }
        join(workers)
    }

    /// Carries out decisions; returns the workers of removed executors.
    @discardableResult
    private func apply(_ decisions: [AllocationDecision], state s: inout SchedulerState,
                       now: ClockTime) -> [ExecutorWorker] {
        var stopped: [ExecutorWorker] = []
        for decision in decisions {
            switch decision {
            case .requestTotal(let change):
                s.provisioner.setDesiredTotal(change.target)
                s.record(.targetChanged(change), now: now)
            case .removeExecutors(let removal):
                var removed: [String] = []
                for id in removal.executorIds {
                    guard s.executors[id]?.running == 0,
                        let worker = s.removeExecutor(id, reason: Self.killedByDriver, now: now)
                    else { continue }
                    stopped.append(worker)
                    removed.append(id)
                }
                if !removed.isEmpty {
                    let label = removal.label(removed: removed, at: s.policy?.timeScale ?? .realTime)
                    s.record(.executorsRemoved(removed, label: label), now: now, idleRules: removal.rules(of: removed))
                }
            }
        }
        return stopped
    }

    /// Registers executors that are up, then fills their slots.
    private func advance(state s: inout SchedulerState, now: ClockTime) {
        let launches = s.provisioner.advance(now: now)
        for launch in launches {
            s.addExecutor(launch, slots: slotsPerExecutor, now: now) { [weak self] task in self?.execute(task) }
        }
        if !launches.isEmpty { s.record(.executorsAdded(launches.map(\.id)), now: now) }
        _ = s.placeTasks(now: now)
    }

    /// Records, once per idle period and reason, executors idle past the plain idle timeout that stay because they hold
    /// shuffle data or cached blocks (the users' classic "why is my executor still here?").
    private func noteKeptExecutors(state s: inout SchedulerState, now: ClockTime) {
        guard let policy = s.policy else { return }
        for (reason, ids) in s.keptNotes.newlyKept(by: policy, now: now) {
            s.record(.executorsKept(ids, reason: reason), now: now)
        }
    }

    /// Stops everything: running stages fail with a cancellation error, executors' threads are joined.
    func stopAll() {
        let (resumes, workers) = state.withLock { s -> ([(CheckedContinuation<Void, any Error>, any Error)], [ExecutorWorker]) in
            guard !s.stopped else { return ([], []) }
            s.stopped = true
            let now = clock.now
            var errors: [Int: JobCancelledError] = [:]
            for run in s.stages.values { errors[run.descriptor.jobId] = .stopped(jobId: run.descriptor.jobId) }
            let resumes = s.abortStages(of: errors, now: now)
            let workers = s.executors.values.map(\.worker)
            for worker in workers { worker.stop() }
            return (resumes, workers + s.lostWorkers)
        }
        for (continuation, error) in resumes { continuation.resume(throwing: error) }
        join(workers)
    }

    private func join(_ workers: [ExecutorWorker]) {
        for worker in workers { worker.join() }
    }
}
