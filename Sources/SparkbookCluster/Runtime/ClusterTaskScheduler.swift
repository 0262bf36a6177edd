import Foundation
import Synchronization

/// Spark's task scheduler on a cluster of executors that come and go: tasks queue FIFO and launch on free
/// slots (`spark.executor.cores / spark.task.cpus` per executor, lowest executor id first), run concurrently on
/// each executor's own threads, and every scheduling fact reaches the allocation policy and the listener bus
/// in the order it happened. `tick()` runs the 100 ms allocation round (an `AllocationTicker` calls it in live
/// runs; tests and simulations call it themselves after moving their clock).
public final class ClusterTaskScheduler: TaskScheduler {
    public let clock: any Clock
    public let profile: ClusterManagerProfile
    /// Task slots per executor.
    public let slotsPerExecutor: Int
    let state: Mutex<SchedulerState>

    init(clock: any Clock, profile: ClusterManagerProfile, slotsPerExecutor: Int, state: sending SchedulerState) {
        self.clock = clock
        self.profile = profile
        self.slotsPerExecutor = slotsPerExecutor
        self.state = Mutex(state)
        self.state.withLock { s in
            s.runTask = { [weak self] launch in self?.execute(launch) }
        }
    }

    // MARK: TaskScheduler

    public func jobStarted(jobId: Int, stages: [JobStage], description: String) {
        let notBefore = state.withLock { s in defer { s.firstJobNotBefore = nil }; return s.firstJobNotBefore }
        if let notBefore, notBefore > clock.now {
            Thread.sleep(forTimeInterval: Double((notBefore - clock.now).milliseconds) / 1000)
        }
        mutate { s in
            let now = clock.now
            s.activeJobs[jobId] = stages.map(\.stageId)
            s.emit(.jobStarted(jobId: jobId, stages: stages),
                   .jobStart(jobId: jobId, time: s.wall(now), stageIds: stages.map(\.stageId), description: description),
                   now: now)
        }
    }

    public func jobEnded(jobId: Int, succeeded: Bool) {
        mutate { s in
            let now = clock.now
            s.activeJobs[jobId] = nil
            let cancelled = s.cancelledJobs.removeValue(forKey: jobId)
            let failure = s.jobFailures.removeValue(forKey: jobId)
            let result: JobResult = succeeded && cancelled == nil
                ? .succeeded : .failed(message: cancelled?.message ?? failure ?? "Job \(jobId) failed")
            s.emit(.jobEnded(jobId: jobId), .jobEnd(jobId: jobId, time: s.wall(now), result: result), now: now)
        }
    }

    public func runStage(_ stage: StageDescriptor, task: @escaping @Sendable (TaskContext) throws -> Void) async throws {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let immediate = submit(stage, task: task, continuation: continuation)
                if let immediate { continuation.resume(with: immediate) }
            }
        } onCancel: {
            cancel([stage.jobId: .interrupted(jobId: stage.jobId)], remember: false)
        }
    }

    /// Registers the stage and queues its tasks; returns a result when the stage ends at once.
    private func submit(_ stage: StageDescriptor, task: @escaping @Sendable (TaskContext) throws -> Void,
                        continuation: CheckedContinuation<Void, any Error>) -> Result<Void, any Error>? {
        mutate { s -> Result<Void, any Error>? in
            if let error = s.cancelledJobs[stage.jobId] { return .failure(error) }
            if s.stopped { return .failure(JobCancelledError.stopped(jobId: stage.jobId)) }
            if let failure = s.core.cluster.failure { return .failure(failure) }
            if let reason = profile.noExecutorFits, stage.taskCount > 0 {
                return .failure(ClusterManagerError(code: .noExecutorFits, message: reason))
            }
            if Task.isCancelled { return .failure(JobCancelledError.interrupted(jobId: stage.jobId)) }
            let now = clock.now
            let info = StageInfo(stage, submissionTime: s.wall(now))
            s.emit(.stageSubmitted(stageId: stage.stageId, numTasks: stage.taskCount), .stageSubmitted(info), now: now)
            if stage.taskCount == 0 {
                var done = info
                done.completionTime = s.wall(now)
                s.emit(.stageCompleted(stageId: stage.stageId), .stageCompleted(done), now: now)
                return .success(())
            }
            let runId = s.nextRunId
            s.nextRunId += 1
            s.stages[stage.stageId] = SchedulerState.StageRun(
                runId: runId, descriptor: stage, body: task, submittedAt: s.wall(now), continuation: continuation,
                remaining: stage.taskCount)
            s.core.submitStage(stageId: stage.stageId, runId: runId, jobId: stage.jobId, attempt: stage.attempt,
                               writesShuffle: stage.writesShuffle, partitions: stage.taskCount)
            s.core.placeTasks(now: now)
            return nil
        }
    }

    // MARK: Running tasks

    /// Runs on an executor thread: an injected fault or a missing shuffle input fails the attempt before its body
    /// runs (a fetch happens first); otherwise the body runs and reports its shuffle bytes.
    func execute(_ launch: TaskLaunch) {
        let metrics = TaskMetricsCollector()
        let context = TaskContext(stageId: launch.stageId, stageAttempt: launch.stageAttempt,
                                  partition: launch.partition, attempt: launch.attempt,
                                  executorId: launch.executorId, metrics: metrics,
                                  interruption: launch.interruption)
        let started = clock.now
        var outcome = state.withLock { s in s.failureBeforeRunning(launch, context: context) }
        if outcome == nil {
            // A replayed warm-up (`sparkbook.executor.firstTaskDelay`): the slot is held meanwhile, as a real
            // executor's first task holds it while its Python worker starts.
            if let warmUp = state.withLock({ $0.firstTaskDelays.removeValue(forKey: launch.executorId) }), warmUp > .zero {
                Thread.sleep(forTimeInterval: Double(warmUp.milliseconds) / 1000)
            }
            do {
                try launch.body(context)
                outcome = .success
            } catch {
                outcome = .failure(error)
            }
        }
        var measured = metrics.snapshot
        measured.runTimeMillis = max(0, (clock.now - started).milliseconds)
        let finished = outcome ?? .success
        let resumes = mutate { s in s.taskFinished(launch, outcome: finished, metrics: measured, now: clock.now) }
        for (continuation, result) in resumes { continuation.resume(with: result) }
    }

    /// Makes chosen task attempts fail with a transient failure, retried up to `spark.task.maxFailures` (tests and
    /// teaching runs); nil stops injecting.
    public func injectFaults(_ injector: TaskFaultInjector?) {
        state.withLock { $0.faultInjector = injector }
    }

    // MARK: Cancellation

    public func cancelJob(jobId: Int) {
        cancel([jobId: .cancelled(jobId: jobId)], remember: true)
    }

    public func cancelAll() {
        let jobs = state.withLock { s in Set(s.activeJobs.keys).union(s.stages.values.map(\.descriptor.jobId)) }
        cancel(Dictionary(uniqueKeysWithValues: jobs.map { ($0, JobCancelledError.cancelledWithAll(jobId: $0)) }),
               remember: true)
    }

    /// Aborts the jobs' running stages (their queued tasks are dropped; running bodies finish and are
    /// discarded). With `remember`, later stages of a still-running job fail at once too.
    func cancel(_ errors: [Int: JobCancelledError], remember: Bool) {
        let resumes = mutate { s in
            let now = clock.now
            if remember {
                for (job, error) in errors
                where s.activeJobs[job] != nil || s.stages.values.contains(where: { $0.descriptor.jobId == job }) {
                    s.cancelledJobs[job] = error
                }
            }
            return s.abortStages(of: errors, now: now)
        }
        for (continuation, error) in resumes { continuation.resume(throwing: error) }
    }

    // MARK: Shuffle data

    /// No job refers to the shuffle any more: the context cleaner removes its output at its next periodic GC
    /// (an allocation round carries it out), and executors holding it stay until then.
    public func shuffleUnreferenced(_ shuffleId: Int) {
        mutate { s in s.core.shuffleUnreferenced(shuffleId, now: clock.now) }
    }

    // MARK: Lost executors

    /// An executor is lost (its node failed, the cluster manager took it back), busy or not: its running tasks
    /// fail with `ExecutorLostFailure` (not counted toward `spark.task.maxFailures`) and are resubmitted on other
    /// executors; map output it held without an external shuffle service is gone, so stages reading it hit a
    /// fetch failure and `lostMapOutputs` tells the engine which map tasks to run again. Returns whether the
    /// executor was registered.
    @discardableResult
    public func loseExecutor(_ id: String, reason: String = "Executor lost (worker failure)") -> Bool {
        mutate { s in s.loseExecutor(id, reason: reason, now: clock.now) }
    }

    /// The map partitions of `shuffleId` whose output was lost since the last call (each reported once).
    public func lostMapOutputs(shuffleId: Int) -> [Int] {
        state.withLock { s in s.lostMapOutputs.removeValue(forKey: shuffleId).map { $0.keys.sorted() } ?? [] }
    }

    // MARK: Cached data

    /// A partition of a cached DataFrame now lives on `executorId` (cachedExecutorIdleTimeout applies to it).
    public func blockCached(executorId: String, rddId: Int, partition: Int) {
        mutate { s in
            s.emit(.blockCached(executorId: executorId, rddId: rddId, partition: partition), nil, now: clock.now)
        }
    }

    /// `unpersist()`: the executors that held the cached data return to the plain idle timeout.
    public func rddUnpersisted(_ rddId: Int) {
        mutate { s in s.emit(.rddUnpersisted(rddId: rddId), .unpersistRDD(rddId: rddId), now: clock.now) }
    }

    /// Where each map output of the shuffle lives.
    public func shuffleLocations(_ shuffleId: Int) -> [Int: ShuffleOutputRegistry.Location] {
        state.withLock { $0.shuffles.locations(of: shuffleId) }
    }
}
