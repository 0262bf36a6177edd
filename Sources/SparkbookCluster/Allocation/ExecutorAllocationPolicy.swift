/// Spark's dynamic-allocation policy (`ExecutorAllocationManager`) as a pure state machine.
///
/// No threads, no I/O, no clock of its own: the driver loop posts events with `handle(_:at:)`
/// and calls `tick(now:)` every `scheduleInterval`, carrying out the returned decisions. Live
/// runs pass a `SystemClock`'s time, tests a `ManualClock`'s, simulations a `VirtualClock`'s.
///
/// Single resource profile (id 0); locality hints, decommissioning and unschedulable task
/// sets are not modelled.
public struct ExecutorAllocationPolicy: Hashable, Sendable {
    /// How often Spark runs `schedule()`.
    public static let scheduleInterval = ClockDuration.milliseconds(100)

    public let config: DynamicAllocationConfig
    public let timeScale: TimeScale
    /// The backlog timeouts after `timeScale`.
    public let schedulerBacklogTimeout: ClockDuration
    public let sustainedSchedulerBacklogTimeout: ClockDuration

    /// The desired executor total last requested (pending requests + running executors).
    public internal(set) var target: Int
    /// Executors to add at the next backlog round: 1, 2, 4, ... (`numExecutorsToAdd`).
    public internal(set) var executorsToAdd = 1
    /// When the backlog timer fires; nil while unarmed (`addTime == NOT_SET`).
    public internal(set) var addTime: ClockTime?
    /// Which timeout armed the timer (the backlog one first, then the sustained one).
    public internal(set) var addTimeArmedWith: ClockDuration?
    /// True until the first stage is submitted or an executor first idles out; meanwhile the
    /// target is never changed, so initial executors are not ramped down before the first job.
    public internal(set) var initializing = true
    public internal(set) var tasks = StageTaskLedger()
    public internal(set) var monitor: ExecutorMonitor

    /// Validates `config` (throwing Spark's message) and starts at the initial target.
    public init(
        config: DynamicAllocationConfig, timeScale: TimeScale = .realTime, executorOrder: ExecutorIDOrder = .spark
    ) throws(ConfigError) {
        try config.validate()
        self.config = config
        self.timeScale = timeScale
        schedulerBacklogTimeout = timeScale.scale(config.schedulerBacklogTimeout)
        sustainedSchedulerBacklogTimeout = timeScale.scale(config.effectiveSustainedSchedulerBacklogTimeout)
        target = config.effectiveInitialExecutors
        monitor = ExecutorMonitor(timeouts: IdleTimeouts(config: config, scale: timeScale), order: executorOrder)
    }

    /// The first request to the cluster manager (Spark sends it when the manager starts).
    public func start() -> AllocationDecision {
        .requestTotal(TargetChange(target: target, previousTarget: 0, reason: .initial))
    }

    // MARK: Derived state

    /// Executors that all running and pending tasks could fill at once:
    /// `ceil((pending + pendingSpeculative + running) * ratio / tasksPerExecutor)`, plus one
    /// when speculative tasks would otherwise share a single multi-slot executor.
    public var maxExecutorsNeeded: Int {
        let pendingSpeculative = tasks.pendingSpeculativeTasks
        let demand = tasks.pendingTasks + pendingSpeculative + tasks.runningTasks
        let perExecutor = Double(config.tasksPerExecutor)
        let needed = Int((Double(demand) * config.executorAllocationRatio / perExecutor).rounded(.up))
        if config.tasksPerExecutor > 1 && needed == 1 && pendingSpeculative > 0 { return needed + 1 }
        return needed
    }

    public var executorCount: Int { monitor.executorCount }
    public var pendingRemoval: Set<String> { monitor.pendingRemoval }

    /// The next instant at which a tick can act on a timer (backlog or idle deadline);
    /// simulations may jump there. Events can of course make a tick act sooner.
    public var nextTimerDeadline: ClockTime {
        min(addTime ?? .never, monitor.nextDeadline)
    }

    // MARK: Backlog timer

    /// Arms the timer if unarmed (`onSchedulerBacklogged`).
    mutating func schedulerBacklogged(now: ClockTime) {
        if addTime == nil {
            addTime = now + schedulerBacklogTimeout
            addTimeArmedWith = schedulerBacklogTimeout
        }
    }

    /// Clears the timer and restarts the ramp (`onSchedulerQueueEmpty`).
    mutating func schedulerQueueEmpty() {
        addTime = nil
        addTimeArmedWith = nil
        executorsToAdd = 1
    }
}
