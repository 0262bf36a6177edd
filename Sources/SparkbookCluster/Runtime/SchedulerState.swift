/// Everything the cluster scheduler knows, guarded by one lock. Mutations post their allocation events to the
/// policy and their listener events to the bus right away, under that lock, so both see one global order
/// (the bus only enqueues; listeners run later on its own queue).
struct SchedulerState {
    /// A registered executor.
    struct LiveExecutor {
        let id: String
        let host: String
        let cores: Int
        let slots: Int
        let addedAt: ClockTime
        let worker: ExecutorWorker
        var running = 0
        var completed = 0
        var failed = 0
    }

    /// A stage whose `runStage` is waiting.
    struct StageRun {
        let runId: Int
        let descriptor: StageDescriptor
        let body: @Sendable (TaskContext) throws -> Void
        let submittedAt: Int64
        let continuation: CheckedContinuation<Void, any Error>
        /// Interrupts the run's running task bodies when the stage ends early.
        let interruption = TaskInterruption()
        var remaining: Int
        var launched = 0
        var running = 0
        /// Task indices that succeeded in this attempt.
        var succeeded: Set<Int> = []
        /// Failures counted toward `spark.task.maxFailures`, per task index.
        var failures: [Int: Int] = [:]
    }

    let bus: ListenerBus
    let timeline: ExecutorTimeline
    let epochOffset: Int64
    let shuffleServiceEnabled: Bool
    /// `spark.task.maxFailures` (1 in local mode, as Spark).
    let maxTaskFailures: Int
    var policy: ExecutorAllocationPolicy?
    var provisioner: ExecutorProvisioner
    var executors: [String: LiveExecutor] = [:]
    /// Executor ids by number, so tasks go to the lowest id with a free slot.
    var executorOrder: [String] = []
    var queue = TaskQueue()
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
    /// Task attempts handed to executors and not yet ended, by task id.
    var runningTasks: [Int: TaskLaunch] = [:]
    /// Threads of lost executors, still finishing a task body; joined at shutdown.
    var lostWorkers: [ExecutorWorker] = []
    var faultInjector: TaskFaultInjector?
    /// `spark.sparkbook.test.killExecutorAfterTasks`: after this many successful tasks, one busy executor is lost.
    var killExecutorAfterTasks: Int?
    var succeededTasks = 0
    /// Executors already reported as kept past the idle timeout: the idle start and reason they were noted with.
    var keptNotes = KeptExecutorNotes()
    var nextTaskId = 0
    var nextRunId = 0
    var stopped = false

    init(bus: ListenerBus, timeline: ExecutorTimeline, epochOffset: Int64, shuffleServiceEnabled: Bool,
         maxTaskFailures: Int = 4, policy: ExecutorAllocationPolicy?, provisioner: ExecutorProvisioner) {
        self.bus = bus
        // 0 is possible (`local[N,0]`): as in Spark, the first failure then aborts the stage ("failed 0 times").
        self.maxTaskFailures = max(0, maxTaskFailures)
        self.timeline = timeline
        self.epochOffset = epochOffset
        self.shuffleServiceEnabled = shuffleServiceEnabled
        self.policy = policy
        self.provisioner = provisioner
    }

    func wall(_ time: ClockTime) -> Int64 { epochOffset + time.milliseconds }

    /// Feeds the policy (if any) and the bus, in that order.
    mutating func emit(_ allocation: AllocationEvent?, _ event: SparkListenerEvent?, now: ClockTime) {
        if let allocation, policy != nil { policy!.handle(allocation, at: now) }
        if let event { bus.post(event) }
    }

    func record(_ kind: TimelineEntry.Kind, now: ClockTime, idleRules: [IdleRule] = []) {
        timeline.record(TimelineEntry(time: now, kind: kind, executors: executors.count, target: policy?.target,
                                      timeScale: policy?.timeScale ?? .realTime, idleRules: idleRules))
    }

    // MARK: Placement

    /// Launches queued tasks on free slots, FIFO, lowest executor id first; returns what to hand to workers.
    mutating func placeTasks(now: ClockTime) -> [TaskLaunch] {
        var launches: [TaskLaunch] = []
        var searchFrom = 0
        let pendingRemoval = policy?.pendingRemoval ?? []
        while let entry = queue.first {
            guard let stage = stages[entry.stageId], stage.runId == entry.runId else {
                queue.removeFirst()  // its stage was aborted or cancelled
                continue
            }
            guard let slot = executorOrder[searchFrom...].firstIndex(where: { id in
                let e = executors[id]!
                return e.running < e.slots && !pendingRemoval.contains(id)
            }) else { break }
            searchFrom = slot
            queue.removeFirst()
            let executorId = executorOrder[slot]
            executors[executorId]!.running += 1
            stages[entry.stageId]!.launched += 1
            stages[entry.stageId]!.running += 1
            let launch = TaskLaunch(
                taskId: nextTaskId, runId: entry.runId, jobId: stage.descriptor.jobId, stageId: entry.stageId,
                partition: entry.partition, attempt: entry.attempt, stageAttempt: stage.descriptor.attempt,
                executorId: executorId, host: executors[executorId]!.host,
                launchTime: now, writesShuffle: stage.descriptor.writesShuffle, body: stage.body,
                interruption: stage.interruption)
            nextTaskId += 1
            runningTasks[launch.taskId] = launch
            emit(.taskStarted(TaskRef(stageId: entry.stageId, taskIndex: entry.partition, executorId: executorId)),
                 .taskStart(stageId: entry.stageId, stageAttempt: launch.stageAttempt, task: info(launch, finishedAt: nil)),
                 now: now)
            launches.append(launch)
        }
        for launch in launches { executors[launch.executorId]!.worker.submit(launch) }
        return launches
    }

    func info(_ launch: TaskLaunch, finishedAt: ClockTime?, failed: Bool = false, killed: Bool = false) -> TaskInfo {
        TaskInfo(taskId: launch.taskId, index: launch.partition, attempt: launch.attempt,
                 launchTime: wall(launch.launchTime),
                 executorId: launch.executorId, host: launch.host, finishTime: finishedAt.map(wall) ?? 0,
                 failed: failed, killed: killed)
    }

    // MARK: Stage endings

    /// Removes the stage, posts its completion (with a failure reason if any) and returns its continuation.
    /// A stage that failed only to be resubmitted (a fetch failure) does not fail its job (`failsJob` false). A
    /// stage that fails or is cancelled interrupts its still-running tasks, as Spark kills them.
    mutating func finishStage(_ stageId: Int, failure: String?, failsJob: Bool = true,
                              now: ClockTime) -> CheckedContinuation<Void, any Error>? {
        guard let run = stages.removeValue(forKey: stageId) else { return nil }
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

    // MARK: Executors

    mutating func addExecutor(_ launch: ExecutorProvisioner.Launch, slots: Int, now: ClockTime,
                              run: @escaping @Sendable (TaskLaunch) -> Void) {
        let worker = ExecutorWorker(id: launch.id, slots: slots, run: run)
        executors[launch.id] = LiveExecutor(
            id: launch.id, host: launch.host, cores: launch.cores, slots: slots, addedAt: now, worker: worker)
        executorOrder.append(launch.id)
        executorOrder = ExecutorIDOrder.numeric.sorted(executorOrder)
        emit(.executorAdded(id: launch.id),
             .executorAdded(ExecutorInfo(id: launch.id, time: wall(now), host: launch.host, totalCores: launch.cores)),
             now: now)
    }

    /// Removes an idle executor; returns its worker to stop and join outside the lock.
    mutating func removeExecutor(_ id: String, reason: String, now: ClockTime) -> ExecutorWorker? {
        guard let executor = executors.removeValue(forKey: id) else { return nil }
        executorOrder.removeAll { $0 == id }
        provisioner.executorRemoved(id)
        keptNotes.forget(id)
        for (shuffle, maps) in shuffles.executorRemoved(id) {
            for map in maps {
                lostMapOutputs[shuffle, default: [:]][map] = .init(executorId: id, host: executor.host, external: false)
            }
        }
        emit(.executorRemoved(id: id), .executorRemoved(id: id, time: wall(now), reason: reason), now: now)
        executor.worker.stop()
        return executor.worker
    }
}
