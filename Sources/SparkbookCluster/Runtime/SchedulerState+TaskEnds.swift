/// How task attempts end, as Spark's TaskSetManager handles them: success; a fetch failure (the stage attempt
/// ends and is resubmitted); a failure, injected or thrown by the task's body (retried up to
/// `spark.task.maxFailures`, then the job fails); and executor loss (running tasks resubmitted, not counted as
/// failures).
extension SchedulerState {
    typealias StageResume = (CheckedContinuation<Void, any Error>, Result<Void, any Error>)

    enum TaskOutcome {
        case success
        case failure(any Error)
        /// Shuffle input was missing when the task went to fetch it.
        case fetchFailed(TaskEndDetail)
    }

    /// An injected fault, or a fetch failure when a shuffle the stage reads lost map output since it started.
    func failureBeforeRunning(_ launch: TaskLaunch, context: TaskContext) -> TaskOutcome? {
        guard let stage = stages[launch.stageId], stage.runId == launch.runId else { return nil }
        for shuffle in stage.descriptor.readsShuffles {
            guard let (map, location) = lostMapOutputs[shuffle]?.min(by: { $0.key < $1.key }) else { continue }
            return .fetchFailed(.fetchFailed(
                executorId: location.executorId, host: location.host, shuffleId: shuffle, mapIndex: map,
                reduceId: launch.partition,
                message: "Missing an output location for shuffle \(shuffle) partition \(launch.partition)"))
        }
        if let failure = faultInjector?(context) { return .failure(failure) }
        return nil
    }

    /// Records how the attempt ended and returns the stage continuations to resume (outside the lock).
    mutating func taskFinished(_ launch: TaskLaunch, outcome: TaskOutcome, metrics: TaskMetrics,
                               now: ClockTime) -> [StageResume] {
        defer { core.placeTasks(now: now) }
        let succeeded: Bool = if case .success = outcome { true } else { false }
        // A body that stopped because its stage was cancelled was killed: neither done nor failed.
        let killed: Bool = if case .failure(let error) = outcome, error is TaskKilledError { true } else { false }
        // Already reported as lost with its executor: whatever the body did is discarded.
        guard core.taskEnded(launch.taskId, tally: succeeded ? .completed : killed ? .neither : .failed) != nil
        else { return [] }
        let ref = TaskRef(stageId: launch.stageId, taskIndex: launch.partition, executorId: launch.executorId)
        func end(_ kind: TaskEndReason, _ reason: TaskEndDetail, failed: Bool = false, killed: Bool = false) {
            emit(.taskEnded(ref, kind),
                 .taskEnd(stageId: launch.stageId, stageAttempt: launch.stageAttempt, taskType: launch.taskType,
                          task: info(launch, finishedAt: now, failed: failed, killed: killed), reason: reason,
                          metrics: metrics),
                 now: now)
        }
        guard stages[launch.stageId]?.runId == launch.runId else {
            // The stage was aborted, cancelled or failed over while this task ran: its result is discarded.
            end(.killed, .killed(reason: "Stage cancelled"), killed: true)
            return []
        }
        switch outcome {
        case .success:
            if let shuffle = launch.writesShuffle {
                shuffles.record(shuffleId: shuffle, mapPartition: launch.partition,
                                location: .init(executorId: launch.executorId, host: launch.host,
                                                external: shuffleServiceEnabled))
            }
            end(.success, .success)
            stages[launch.stageId]!.remaining -= 1
            stages[launch.stageId]!.succeeded.insert(launch.partition)
            var resumes: [StageResume] = []
            if stages[launch.stageId]!.remaining == 0,
                let continuation = finishStage(launch.stageId, failure: nil, now: now)
            {
                resumes.append((continuation, .success(())))
            }
            succeededTasks += 1
            if succeededTasks == killExecutorAfterTasks, let victim = busiestExecutor ?? core.executors[launch.executorId]?.id {
                loseExecutor(victim, reason: "Executor killed by spark.sparkbook.test.killExecutorAfterTasks", now: now)
            }
            return resumes
        case .fetchFailed(let detail):
            end(.failed, detail, failed: true)
            let done = stages[launch.stageId]!.succeeded
            guard let continuation = finishStage(launch.stageId, failure: detail.errorString, failsJob: false, now: now)
            else { return [] }
            return [(continuation, .failure(FetchFailedError(
                stageId: launch.stageId, stageAttempt: launch.stageAttempt, succeededTasks: done,
                message: detail.errorString)))]
        case .failure(let error as InjectedTaskFailure):
            end(.failed, .exceptionFailure(className: error.className, description: error.message), failed: true)
            stages[launch.stageId]!.failures[launch.partition, default: 0] += 1
            guard stages[launch.stageId]!.failures[launch.partition]! >= maxTaskFailures else {
                core.enqueue(TaskQueue.Entry(runId: launch.runId, stageId: launch.stageId, partition: launch.partition,
                                             attempt: launch.attempt + 1))
                return []
            }
            let message = abortMessage(launch, failures: maxTaskFailures, cause: error.description)
            guard let continuation = finishStage(launch.stageId, failure: message, now: now) else { return [] }
            return [(continuation, .failure(StageAbortedError(message: message)))]
        case .failure(let error):
            // An error the task's body threw (a Python UDF's exception, an ANSI error) is a task failure to Spark's
            // TaskSetManager like any other: retried up to spark.task.maxFailures (one attempt in local mode), the
            // failed task pending again meanwhile, which the allocation policy counts. The job then fails with
            // the last attempt's error itself, as PySpark shows the cause rather than the abort's wrapper.
            end(.failed, .exceptionFailure(className: String(describing: type(of: error)),
                                           description: String(describing: error)), failed: true)
            stages[launch.stageId]!.failures[launch.partition, default: 0] += 1
            let failures = stages[launch.stageId]!.failures[launch.partition]!
            guard failures >= maxTaskFailures else {
                core.enqueue(TaskQueue.Entry(runId: launch.runId, stageId: launch.stageId, partition: launch.partition,
                                             attempt: launch.attempt + 1))
                return []
            }
            let message = abortMessage(launch, failures: failures, cause: "\(error)")
            guard let continuation = finishStage(launch.stageId, failure: message, now: now) else { return [] }
            return [(continuation, .failure(error))]
        }
    }

    /// Spark's `Job aborted due to stage failure: Task N in stage S.A failed F times, most recent failure: ...`.
    func abortMessage(_ launch: TaskLaunch, failures: Int, cause: String) -> String {
        let stage = "\(launch.stageId).\(launch.stageAttempt)"
        return "Job aborted due to stage failure: Task \(launch.partition) in stage \(stage) failed \(failures) times, "
            + "most recent failure: Lost task \(launch.partition).\(launch.attempt) in stage \(stage) "
            + "(TID \(launch.taskId)) (\(launch.host) executor \(launch.executorId)): \(cause)"
    }

    /// The executor running the most tasks (lowest id on a tie), if any runs one.
    var busiestExecutor: String? {
        let order = core.executorOrder, executors = core.executors
        return order.filter { executors[$0]!.running > 0 }.max { executors[$0]!.running < executors[$1]!.running }
            .flatMap { most in order.first { executors[$0]!.running == executors[most]!.running } }
    }

    /// Loses an executor, busy or idle (see `ApplicationScheduler.executorLost`); bodies still running there
    /// are discarded when they finish. Returns false for an unknown executor.
    @discardableResult
    mutating func loseExecutor(_ id: String, reason: String, now: ClockTime) -> Bool {
        core.executorLost(id, reason: reason, now: now)
    }
}
