/// One application's scheduler as a pure state machine: its executors (slots and running counts, in numeric
/// order), the FIFO task queue, the stages being placed, the allocation policy and the cluster manager's side of
/// the requests (a `ResourceManagerClient`: the application alone on its cluster, or one of several). Drivers feed it events with a time (`tick`, `placeTasks`, `taskEnded`,
/// `executorLost`, ...) and carry out what it returns in `takeEffects()`. No threads, no locks, no I/O: the live
/// runtime drives it under a lock on the system clock, the simulator on a virtual clock, so both make the same
/// decisions by construction.
///
/// Every change feeds the policy at once and queues its listener event, so policy and listeners see one order.
struct ApplicationScheduler: Sendable {
    /// Wall-clock milliseconds at clock time zero (event times).
    let epochOffset: Int64
    let slotsPerExecutor: Int
    var policy: ExecutorAllocationPolicy?
    var cluster: any ResourceManagerClient
    var executors: [String: ScheduledExecutor] = [:]
    /// Executor ids in numeric order: tasks go to the lowest id with a free slot.
    var executorOrder: [String] = []
    var queue = TaskQueue()
    var stages: [Int: ScheduledStage] = [:]
    /// Task attempts placed and not yet ended, by task id.
    var runningTasks: [Int: TaskPlacement] = [:]
    /// Executors already reported as kept past the idle timeout.
    var keptNotes = KeptExecutorNotes()
    var nextTaskId = 0
    /// What the driver has not carried out yet.
    var effects = SchedulerEffects()
    /// Every executor id that ever left: none may come back (checked with the invariants).
    var retiredExecutors: Set<String> = []
    /// When unreferenced shuffles are cleaned (the driver's ContextCleaner at its periodic GC).
    var cleaner: ContextCleanerSchedule
    /// Time from the driver's kill of an idle executor to the executor being gone (`sparkbook.executor.killTime`,
    /// time-scaled). Meanwhile it runs nothing, is pending removal, and still counts among the registered executors
    /// when a backlog asks for more, as in Spark's `ExecutorMonitor`; a standalone worker's executor JVM took 5 s
    /// to go in the recorded runs.
    var executorKillTime: ClockDuration = .zero
    /// Killed executors not gone yet, with when they go.
    var leaving: [(id: String, at: ClockTime)] = []

    init(epochOffset: Int64, slotsPerExecutor: Int, policy: ExecutorAllocationPolicy?,
         cluster: any ResourceManagerClient, cleaner: ContextCleanerSchedule) {
        self.epochOffset = epochOffset
        self.cleaner = cleaner
        self.slotsPerExecutor = slotsPerExecutor
        self.policy = policy
        self.cluster = cluster
    }

    func wall(_ time: ClockTime) -> Int64 { epochOffset + time.milliseconds }

    /// Feeds the policy (if any), then queues the listener event.
    mutating func emit(_ allocation: AllocationEvent?, _ event: SparkListenerEvent?, now: ClockTime) {
        if let allocation, policy != nil { policy!.handle(allocation, at: now) }
        if let event { effects.listenerEvents.append(event) }
    }

    /// Queues a timeline entry with the executor count and target right after the change.
    mutating func record(_ kind: TimelineEntry.Kind, now: ClockTime, idleRules: [IdleRule] = []) {
        effects.timeline.append(TimelineEntry(time: now, kind: kind, executors: executors.count, target: policy?.target,
                                              timeScale: policy?.timeScale ?? .realTime, idleRules: idleRules))
    }

    /// Hands over what the driver must carry out, and (with `SPARKBOOK_INTERNAL_CHECKS`) checks the invariants:
    /// drivers call it after every event, so the check runs at every consistent state.
    mutating func takeEffects() -> SchedulerEffects {
        #if SPARKBOOK_INTERNAL_CHECKS
        checkInvariants()
        #endif
        defer { effects = SchedulerEffects() }
        return effects
    }

    /// The task's listener view.
    func taskInfo(_ task: TaskPlacement, finishedAt: ClockTime?, failed: Bool = false, killed: Bool = false) -> TaskInfo {
        TaskInfo(taskId: task.taskId, index: task.partition, attempt: task.attempt, launchTime: wall(task.launchTime),
                 executorId: task.executorId, host: task.host, finishTime: finishedAt.map(wall) ?? 0,
                 failed: failed, killed: killed)
    }
}
