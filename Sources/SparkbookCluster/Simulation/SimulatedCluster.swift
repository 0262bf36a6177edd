/// An application of synthetic tasks on the cluster core: the same `ApplicationScheduler` (policy, resource
/// manager, executors, FIFO queue, placement) a live run drives, fed jobs of stages whose tasks only take time.
/// The simulator drives it on a virtual clock (one job, every task finished at its instant); the classroom's
/// neighbour teams drive it on the live clock (jobs one after another, tasks finished once their time has
/// passed). What stays here is only what is synthetic: the jobs' stages with their sampled task times, the
/// completion queue, listeners called synchronously, and the run's statistics.
struct SimulatedCluster {
    struct StageState {
        let id: Int
        let jobId: Int
        let spec: SimulationWorkload.Stage
        let dependencies: [Int]
        let shuffleId: Int?
        /// Sampled up front in stage order, so the seed alone decides them.
        let durations: [ClockDuration]
        var submittedAt: ClockTime?
        var completedAt: ClockTime?
        var remaining: Int
    }

    let listeners: [any SparkListener]
    var core: ApplicationScheduler
    var stages: [StageState]
    var completions = CompletionQueue()
    var timeline: [TimelineEntry] = []
    /// When the last job ended.
    var jobEndedAt: ClockTime?
    /// Jobs started and not ended, with their stage ids.
    var runningJobs: [Int: Range<Int>] = [:]
    var nextJobId = 0
    var nextShuffleId = 0
    // Statistics.
    var peakExecutors = 0
    var peakTarget = 0
    var taskMilliseconds: Int64 = 0
    var executorMilliseconds: Int64 = 0
    var tasksRun = 0

    init(slotsPerExecutor: Int, epochOffset: Int64, listeners: [any SparkListener],
         policy: ExecutorAllocationPolicy?, cluster: any ResourceManagerClient, cleaner: ContextCleanerSchedule) {
        self.listeners = listeners
        self.core = ApplicationScheduler(epochOffset: epochOffset, slotsPerExecutor: slotsPerExecutor, policy: policy,
                                         cluster: cluster, cleaner: cleaner)
        self.stages = []
    }

    func wall(_ time: ClockTime) -> Int64 { core.wall(time) }

    /// Posts an application-level event (environment, start, end) through the core, in order.
    mutating func post(_ event: SparkListenerEvent, now: ClockTime) {
        core.emit(nil, event, now: now)
        carryOut(now: now)
    }

    /// Carries out the core's effects: listeners are called in order, timeline entries kept (with the peaks),
    /// launched tasks get their completion at launch + their sampled time, released executors' time is counted.
    mutating func carryOut(now: ClockTime) {
        let effects = core.takeEffects()
        for event in effects.listenerEvents { for listener in listeners { listener.onEvent(event) } }
        for entry in effects.timeline {
            timeline.append(entry)
            peakExecutors = max(peakExecutors, entry.executors)
            peakTarget = max(peakTarget, entry.target ?? core.cluster.desiredTotal)
        }
        for task in effects.launches {
            completions.push(.init(finishAt: now + stages[task.stageId].durations[task.partition], taskId: task.taskId))
        }
        for released in effects.released { executorMilliseconds += (now - released.executor.addedAt).milliseconds }
    }

    // MARK: Allocation

    /// The initial request (or the fixed executor count) at application start.
    mutating func start(fixedExecutors: Int, now: ClockTime) {
        core.start(fixedExecutors: fixedExecutors, now: now)
        if core.policy == nil { peakTarget = max(peakTarget, fixedExecutors) }
        carryOut(now: now)
    }

    /// One allocation round; returns whether anything changed (a quiet round can be skipped until the next
    /// deadline).
    mutating func tick(now: ClockTime) -> Bool {
        let changed = core.tick(now: now)
        carryOut(now: now)
        return changed
    }

    // MARK: Job

    /// Starts a job of `specs` (dependencies by stage name, on earlier stages of the same job); task times are
    /// sampled in stage order from `generator` and multiplied by `taskTimeScale`. Returns the job's id.
    @discardableResult
    mutating func startJob(_ specs: [SimulationWorkload.Stage], generator: inout some RandomNumberGenerator,
                           taskTimeScale: TimeScale = .realTime, description: String, now: ClockTime) -> Int {
        let jobId = nextJobId
        nextJobId += 1
        let first = stages.count
        let ids = Dictionary(specs.enumerated().map { ($1.name, first + $0) }) { a, _ in a }
        let read = Set(specs.flatMap { $0.dependsOn.compactMap { ids[$0] } })
        for (index, spec) in specs.enumerated() {
            var shuffleId: Int?
            if read.contains(first + index) {
                shuffleId = nextShuffleId
                nextShuffleId += 1
            }
            let durations = (0..<spec.tasks).map { _ in taskTimeScale.scale(spec.taskTime.sample(using: &generator)) }
            stages.append(StageState(
                id: first + index, jobId: jobId, spec: spec, dependencies: spec.dependsOn.compactMap { ids[$0] },
                shuffleId: shuffleId, durations: durations, remaining: spec.tasks))
        }
        let range = first..<stages.count
        runningJobs[jobId] = range
        let jobStages = stages[range].map { JobStage(stageId: $0.id, shuffleId: $0.shuffleId) }
        core.emit(.jobStarted(jobId: jobId, stages: jobStages),
                  .jobStart(jobId: jobId, time: wall(now), stageIds: Array(range), description: description),
                  now: now)
        submitReadyStages(of: range, now: now)
        carryOut(now: now)
        return jobId
    }

    /// Submits every stage of the job whose dependencies have all finished, in stage order, and places their tasks.
    private mutating func submitReadyStages(of job: Range<Int>, now: ClockTime) {
        for i in job where stages[i].submittedAt == nil
            && stages[i].dependencies.allSatisfy({ stages[$0].completedAt != nil })
        {
            stages[i].submittedAt = now
            let stage = stages[i]
            core.emit(.stageSubmitted(stageId: stage.id, numTasks: stage.spec.tasks),
                      .stageSubmitted(info(stage, completed: nil)), now: now)
            core.submitStage(stageId: stage.id, runId: stage.id, jobId: stage.jobId, attempt: 0,
                             writesShuffle: stage.shuffleId, partitions: stage.spec.tasks)
        }
        core.placeTasks(now: now)
    }

    func info(_ stage: StageState, completed: ClockTime?) -> StageInfo {
        StageInfo(stageId: stage.id, name: stage.spec.name, numTasks: stage.spec.tasks,
                  submissionTime: stage.submittedAt.map(wall), completionTime: completed.map(wall))
    }

    // MARK: Tasks

    /// Finishes every task due at or before `now` (the virtual clock stops at each instant; the live one reads
    /// later): task end, then stage completion, then the job end (and its shuffles' cleanup) or the next stages,
    /// then placement of the queued tasks on the freed slots, in Spark's order.
    mutating func finishTasks(now: ClockTime) {
        while completions.nextTime <= now, let c = completions.pop() {
            guard let task = core.taskEnded(c.taskId, tally: .completed) else { continue }
            tasksRun += 1
            taskMilliseconds += (now - task.launchTime).milliseconds
            core.emit(.taskEnded(TaskRef(stageId: task.stageId, taskIndex: task.partition, executorId: task.executorId),
                                 .success),
                      .taskEnd(stageId: task.stageId, stageAttempt: 0, taskType: task.taskType,
                               task: core.taskInfo(task, finishedAt: now), reason: .success), now: now)
            stages[task.stageId].remaining -= 1
            guard stages[task.stageId].remaining == 0 else { continue }
            stages[task.stageId].completedAt = now
            core.stageEnded(task.stageId)
            core.emit(.stageCompleted(stageId: task.stageId),
                      .stageCompleted(info(stages[task.stageId], completed: now)), now: now)
            let jobId = stages[task.stageId].jobId
            guard let job = runningJobs[jobId] else { continue }
            if stages[job].allSatisfy({ $0.completedAt != nil }) {
                runningJobs[jobId] = nil
                jobEndedAt = now
                core.emit(.jobEnded(jobId: jobId), .jobEnd(jobId: jobId, time: wall(now), result: .succeeded), now: now)
                // Nothing refers to the job's shuffles any more: the context cleaner drops them at its next
                // periodic GC, and executors holding them may idle out after that.
                for shuffle in stages[job].compactMap(\.shuffleId) {
                    core.shuffleUnreferenced(shuffle, now: now)
                }
            } else {
                submitReadyStages(of: job, now: now)
            }
        }
        core.placeTasks(now: now)
        carryOut(now: now)
    }
}
