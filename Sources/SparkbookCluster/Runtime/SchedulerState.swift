/// The live driver's state, guarded by the scheduler's one lock: the cluster core (`ApplicationScheduler`:
/// executors, queue, policy, resource manager client) plus what only a live run has (stage bodies and continuations,
/// executor threads, shuffle output, jobs). After each locked operation `carryOut()` carries out the core's
/// effects under the same lock: listener events go to the bus (which only enqueues) in the core's order, new
/// executors get threads, launched tasks go to them; workers to join are returned to the caller, which joins
/// them outside the lock.
struct SchedulerState {
    /// A stage whose `runStage` is waiting: the driver's half of a core `ScheduledStage`.
    struct StageRun {
        let runId: Int
        let descriptor: StageDescriptor
        let body: @Sendable (TaskContext) throws -> Void
        let submittedAt: Int64
        let continuation: CheckedContinuation<Void, any Error>
        /// Interrupts the run's running task bodies when the stage ends early.
        let interruption = TaskInterruption()
        var remaining: Int
        /// Task indices that succeeded in this attempt.
        var succeeded: Set<Int> = []
        /// Failures counted toward `spark.task.maxFailures`, per task index.
        var failures: [Int: Int] = [:]
    }

    let bus: ListenerBus
    let timeline: ExecutorTimeline
    let shuffleServiceEnabled: Bool
    /// `spark.task.maxFailures` (1 in local mode, as Spark).
    let maxTaskFailures: Int
    var core: ApplicationScheduler
    /// Runs a launched task on an executor thread (the scheduler's `execute`), set once the scheduler exists.
    var runTask: (@Sendable (TaskLaunch) -> Void)?
    /// The threads of registered executors.
    var workers: [String: ExecutorWorker] = [:]
    var stages: [Int: StageRun] = [:]
    /// Running jobs: id -> stage ids.
    var activeJobs: [Int: [Int]] = [:]
    /// Jobs cancelled while running, with the error their stages throw.
    var cancelledJobs: [Int: JobCancelledError] = [:]
    /// The first failure of a running job, reported in its job-end event.
    var jobFailures: [Int: String] = [:]
    var shuffles = ShuffleOutputRegistry()
    /// Map outputs that left with a lost executor (no external shuffle service), by shuffle, until the engine
    /// asks for them to recompute the map tasks.
    var lostMapOutputs: [Int: [Int: ShuffleOutputRegistry.Location]] = [:]
    /// Threads of lost executors, still finishing a task body; joined at shutdown.
    var lostWorkers: [ExecutorWorker] = []
    var faultInjector: TaskFaultInjector?
    /// `spark.sparkbook.test.killExecutorAfterTasks`: after this many successful tasks, one busy executor is lost.
    var killExecutorAfterTasks: Int?
    /// Extra time (time-scaled) the first task on an executor takes, by executor id; taken by that task.
    var firstTaskDelays: [String: ClockDuration] = [:]
    /// The first job waits until then (`sparkbook.replay.firstJobAfter`); nil once a job has started.
    var firstJobNotBefore: ClockTime?
    var succeededTasks = 0
    var nextRunId = 0
    var stopped = false

    init(bus: ListenerBus, timeline: ExecutorTimeline, epochOffset: Int64, shuffleServiceEnabled: Bool,
         maxTaskFailures: Int = 4, slotsPerExecutor: Int, policy: ExecutorAllocationPolicy?,
         cluster: any ResourceManagerClient, cleaner: ContextCleanerSchedule) {
        self.bus = bus
        // 0 is possible (`local[N,0]`): as in Spark, the first failure then aborts the stage ("failed 0 times").
        self.maxTaskFailures = max(0, maxTaskFailures)
        self.timeline = timeline
        self.shuffleServiceEnabled = shuffleServiceEnabled
        self.core = ApplicationScheduler(epochOffset: epochOffset, slotsPerExecutor: slotsPerExecutor,
                                         policy: policy, cluster: cluster, cleaner: cleaner)
    }

    func wall(_ time: ClockTime) -> Int64 { core.wall(time) }

    /// Feeds the policy (if any) and queues the listener event, in that order.
    mutating func emit(_ allocation: AllocationEvent?, _ event: SparkListenerEvent?, now: ClockTime) {
        core.emit(allocation, event, now: now)
    }

    func info(_ launch: TaskLaunch, finishedAt: ClockTime?, failed: Bool = false, killed: Bool = false) -> TaskInfo {
        core.taskInfo(launch.task, finishedAt: finishedAt, failed: failed, killed: killed)
    }

    // MARK: Carrying out the core's effects

    /// Carries out what the core decided (under the lock); returns the workers of executors killed by the
    /// driver, to join outside the lock.
    mutating func carryOut() -> [ExecutorWorker] {
        let effects = core.takeEffects()
        guard !effects.isEmpty else { return [] }
        for event in effects.listenerEvents { bus.post(event) }
        for entry in effects.timeline { timeline.record(entry) }
        for executor in effects.registered {
            let run = runTask ?? { _ in }
            workers[executor.id] = ExecutorWorker(id: executor.id, slots: executor.slots, run: run)
        }
        var started: [TaskLaunch] = []
        for task in effects.launches {
            guard let stage = stages[task.stageId], stage.runId == task.runId else {
                // Unreachable while placement ends each locked operation; never leave a slot taken.
                _ = core.taskEnded(task.taskId, tally: .neither)
                continue
            }
            started.append(TaskLaunch(task: task, body: stage.body, interruption: stage.interruption))
        }
        for launch in started { workers[launch.executorId]?.submit(launch) }
        for shuffle in effects.cleanedShuffles {
            shuffles.shuffleCleaned(shuffle)
            lostMapOutputs[shuffle] = nil
        }
        var stopped: [ExecutorWorker] = []
        for released in effects.released {
            let executor = released.executor
            for (shuffle, maps) in shuffles.executorRemoved(executor.id) {
                for map in maps {
                    lostMapOutputs[shuffle, default: [:]][map] = .init(
                        executorId: executor.id, host: executor.host, external: false)
                }
            }
            guard let worker = workers.removeValue(forKey: executor.id) else { continue }
            if released.lost {
                // Tasks handed over but not started are dropped; running bodies finish and are discarded.
                worker.abandon()
                lostWorkers.append(worker)
            } else {
                worker.stop()
                stopped.append(worker)
            }
        }
        return stopped
    }

    // MARK: Stage endings

    /// Removes the stage, posts its completion (with a failure reason if any) and returns its continuation.
    /// A stage that failed only to be resubmitted (a fetch failure) does not fail its job (`failsJob` false). A
    /// stage that fails or is cancelled interrupts its still-running tasks, as Spark kills them.
    mutating func finishStage(_ stageId: Int, failure: String?, failsJob: Bool = true,
                              now: ClockTime) -> CheckedContinuation<Void, any Error>? {
        guard let run = stages.removeValue(forKey: stageId) else { return nil }
        core.stageEnded(stageId)
        if failure != nil { run.interruption.interrupt() }
        let info = StageInfo(run.descriptor, submissionTime: run.submittedAt, completionTime: wall(now),
                             failureReason: failure)
        emit(.stageCompleted(stageId: stageId), .stageCompleted(info), now: now)
        if let failure, failsJob, jobFailures[run.descriptor.jobId] == nil { jobFailures[run.descriptor.jobId] = failure }
        return run.continuation
    }

    /// Aborts every running stage of the given jobs with their cancellation errors.
    mutating func abortStages(of errors: [Int: JobCancelledError],
                              now: ClockTime) -> [(CheckedContinuation<Void, any Error>, any Error)] {
        var resumes: [(CheckedContinuation<Void, any Error>, any Error)] = []
        for (stageId, run) in stages.sorted(by: { $0.key < $1.key }) {
            guard let error = errors[run.descriptor.jobId] else { continue }
            if let continuation = finishStage(stageId, failure: error.message, now: now) {
                resumes.append((continuation, error))
            }
        }
        return resumes
    }
}
