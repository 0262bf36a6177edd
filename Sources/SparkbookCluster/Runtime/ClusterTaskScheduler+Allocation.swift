/// The live driver's side of the allocation round: the core (`ApplicationScheduler`) ticks the policy,
/// carries out its decisions on the cluster manager, registers executors and places tasks; this extension
/// runs it under the lock on the scheduler's clock and carries out the effects.
extension ClusterTaskScheduler {
    /// Spark's reason for executors dynamic allocation kills.
    public static let killedByDriver = ApplicationScheduler.killedByDriver

    /// Runs `body` on the state under the lock, carries out the core's effects there, then joins the threads of
    /// executors killed by the driver outside the lock.
    @discardableResult
    func mutate<Result>(_ body: (inout SchedulerState) -> Result) -> Result {
        let (result, workers) = state.withLock { s -> (Result, [ExecutorWorker]) in
            let result = body(&s)
            return (result, s.carryOut())
        }
        for worker in workers { worker.join() }
        return result
    }

    /// Sends the policy's initial request (or the fixed executor count) and registers executors that start at
    /// once. Called by the runtime right after the application-start events.
    func requestInitialExecutors(fixedCount: Int) {
        mutate { s in s.core.start(fixedExecutors: fixedCount, now: clock.now) }
    }

    /// One 100 ms allocation round at the clock's current time. A resource manager that was lost fails the
    /// running stages instead (their tasks would wait for executors forever).
    public func tick() {
        let resumes = mutate { s -> [(CheckedContinuation<Void, any Error>, any Error)] in
            guard !s.stopped else { return [] }
            if let failure = s.core.cluster.failure {
                return s.abortStages(of: Self.lostClusterErrors(failure, jobs: s.stages.values.map(\.descriptor.jobId)),
                                     now: clock.now)
            }
            _ = s.core.tick(now: clock.now)
            return []
        }
        for (continuation, error) in resumes { continuation.resume(throwing: error) }
    }

    /// Each job failing with the lost resource manager's message.
    static func lostClusterErrors(_ failure: any Error, jobs: [Int]) -> [Int: JobCancelledError] {
        Dictionary(jobs.map { ($0, JobCancelledError(jobId: $0, message: "\(failure)")) }, uniquingKeysWith: { a, _ in a })
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
            _ = s.carryOut()
            // Everything the application held goes back to the resource manager (others may be waiting for it).
            s.core.cluster.finish(now: now)
            let workers = Array(s.workers.values)
            for worker in workers { worker.stop() }
            return (resumes, workers + s.lostWorkers)
        }
        for (continuation, error) in resumes { continuation.resume(throwing: error) }
        for worker in workers { worker.join() }
    }
}
