/// The simulated cluster's state: the same `ExecutorAllocationPolicy` and `ExecutorProvisioner` a live run uses,
/// executors with task slots, a FIFO task queue, the job's stages. Each change feeds the policy and the listeners
/// in Spark's order, and executor-count changes are recorded as timeline entries, exactly as the live scheduler
/// (`SchedulerState`) does; only the tasks are synthetic and time is virtual.
struct SimulatedCluster {
    struct Executor {
        let id: String
        let host: String
        let cores: Int
        let addedAt: ClockTime
        var running = 0
    }

    struct StageState {
        let id: Int
        let spec: SimulationWorkload.Stage
        let dependencies: [Int]
        let shuffleId: Int?
        /// Sampled up front in stage order, so the seed alone decides them.
        let durations: [ClockDuration]
        var submittedAt: ClockTime?
        var completedAt: ClockTime?
        var remaining: Int
    }

    let profile: ClusterManagerProfile
    let slotsPerExecutor: Int
    let epochOffset: Int64
    let listeners: [any SparkListener]
    var policy: ExecutorAllocationPolicy?
    var provisioner: ExecutorProvisioner
    var executors: [String: Executor] = [:]
    /// Executor ids in numeric order: tasks go to the lowest id with a free slot.
    var executorOrder: [String] = []
    var stages: [StageState]
    var queue: [(stageId: Int, index: Int)] = []
    var queueHead = 0
    var completions = CompletionQueue()
    var timeline: [TimelineEntry] = []
    var keptNotes = KeptExecutorNotes()
    var nextTaskId = 0
    var jobEndedAt: ClockTime?
    // Statistics.
    var peakExecutors = 0
    var peakTarget = 0
    var taskMilliseconds: Int64 = 0
    var executorMilliseconds: Int64 = 0
    var tasksRun = 0

    static let jobId = 0

    func wall(_ time: ClockTime) -> Int64 { epochOffset + time.milliseconds }

    mutating func emit(_ allocation: AllocationEvent?, _ event: SparkListenerEvent?, now: ClockTime) {
        if let allocation, policy != nil { policy!.handle(allocation, at: now) }
        if let event { for listener in listeners { listener.onEvent(event) } }
    }

    mutating func record(_ kind: TimelineEntry.Kind, now: ClockTime, idleRules: [IdleRule] = []) {
        let target = policy?.target
        timeline.append(TimelineEntry(time: now, kind: kind, executors: executors.count, target: target,
                                      timeScale: policy?.timeScale ?? .realTime, idleRules: idleRules))
        peakExecutors = max(peakExecutors, executors.count)
        peakTarget = max(peakTarget, target ?? provisioner.desiredTotal)
    }

    // MARK: Job

    mutating func startJob(now: ClockTime) {
        let jobStages = stages.map { JobStage(stageId: $0.id, shuffleId: $0.shuffleId) }
        emit(.jobStarted(jobId: Self.jobId, stages: jobStages),
             .jobStart(jobId: Self.jobId, time: wall(now), stageIds: stages.map(\.id), description: "simulated job"),
             now: now)
        submitReadyStages(now: now)
    }

    /// Submits every stage whose dependencies have all finished, in stage order.
    mutating func submitReadyStages(now: ClockTime) {
        for i in stages.indices where stages[i].submittedAt == nil
            && stages[i].dependencies.allSatisfy({ stages[$0].completedAt != nil })
        {
            stages[i].submittedAt = now
            let stage = stages[i]
            emit(.stageSubmitted(stageId: stage.id, numTasks: stage.spec.tasks),
                 .stageSubmitted(info(stage, completed: nil)), now: now)
            for index in 0..<stage.spec.tasks { queue.append((stage.id, index)) }
        }
        placeTasks(now: now)
    }

    func info(_ stage: StageState, completed: ClockTime?) -> StageInfo {
        StageInfo(stageId: stage.id, name: stage.spec.name, numTasks: stage.spec.tasks,
                  submissionTime: stage.submittedAt.map(wall), completionTime: completed.map(wall))
    }

    // MARK: Tasks

    /// Launches queued tasks FIFO on free slots, lowest executor id first.
    mutating func placeTasks(now: ClockTime) {
        var slot = 0
        let pendingRemoval = policy?.pendingRemoval ?? []
        while queueHead < queue.count {
            while slot < executorOrder.count {
                let e = executors[executorOrder[slot]]!
                if e.running < slotsPerExecutor && !pendingRemoval.contains(e.id) { break }
                slot += 1
            }
            guard slot < executorOrder.count else { break }
            let (stageId, index) = queue[queueHead]
            queueHead += 1
            let executorId = executorOrder[slot]
            executors[executorId]!.running += 1
            let taskId = nextTaskId
            nextTaskId += 1
            let completion = CompletionQueue.Completion(
                finishAt: now + stages[stageId].durations[index], sequence: taskId, taskId: taskId,
                stageId: stageId, index: index, executorId: executorId, launchedAt: now)
            completions.push(completion)
            emit(.taskStarted(TaskRef(stageId: stageId, taskIndex: index, executorId: executorId)),
                 .taskStart(stageId: stageId, stageAttempt: 0, task: taskInfo(completion, finished: false)),
                 now: now)
        }
        if queueHead > 4096 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
    }

    func taskInfo(_ c: CompletionQueue.Completion, finished: Bool) -> TaskInfo {
        TaskInfo(taskId: c.taskId, index: c.index, launchTime: wall(c.launchedAt),
                 executorId: c.executorId, host: executors[c.executorId]?.host ?? "localhost",
                 finishTime: finished ? wall(c.finishAt) : 0)
    }

    /// Finishes every task due at `now`: task end, then stage completion, then the job end (and its shuffles'
    /// cleanup) or the next stages, then placement, in Spark's order.
    mutating func finishTasks(now: ClockTime) {
        while completions.nextTime == now, let c = completions.pop() {
            executors[c.executorId]?.running -= 1
            tasksRun += 1
            taskMilliseconds += (c.finishAt - c.launchedAt).milliseconds
            let taskType = stages[c.stageId].shuffleId == nil ? "ResultTask" : "ShuffleMapTask"
            emit(.taskEnded(TaskRef(stageId: c.stageId, taskIndex: c.index, executorId: c.executorId), .success),
                 .taskEnd(stageId: c.stageId, stageAttempt: 0, taskType: taskType,
                          task: taskInfo(c, finished: true), reason: .success), now: now)
            stages[c.stageId].remaining -= 1
            guard stages[c.stageId].remaining == 0 else { continue }
            stages[c.stageId].completedAt = now
            emit(.stageCompleted(stageId: c.stageId), .stageCompleted(info(stages[c.stageId], completed: now)),
                 now: now)
            if stages.allSatisfy({ $0.completedAt != nil }) {
                jobEndedAt = now
                emit(.jobEnded(jobId: Self.jobId), .jobEnd(jobId: Self.jobId, time: wall(now), result: .succeeded),
                     now: now)
                // The context cleaner drops the job's shuffles: executors holding them may now idle out.
                for shuffle in stages.compactMap(\.shuffleId) { emit(.shuffleCleaned(shuffleId: shuffle), nil, now: now) }
            } else {
                submitReadyStages(now: now)
            }
        }
        placeTasks(now: now)
    }
}
