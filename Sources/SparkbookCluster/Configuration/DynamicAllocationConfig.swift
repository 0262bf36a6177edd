/// Spark's dynamic-allocation settings with Spark's defaults, read from plain Spark properties.
///
/// Second-based timeouts are read the way Spark reads them: in whole seconds, truncated, so
/// `1500ms` means 1 s and `500ms` means 0 s (which `validate()` then rejects for the backlog
/// timeouts, exactly as Spark does). `shuffleTracking.timeout` is read in milliseconds, so a
/// bare `5` there means 5 ms.
public struct DynamicAllocationConfig: Hashable, Sendable {
    public typealias Keys = DynamicAllocationKeys

    public var enabled = false
    public var minExecutors = 0
    public var maxExecutors = Int(Int32.max)
    /// nil means "same as minExecutors" (Spark's default).
    public var initialExecutors: Int?
    /// `spark.executor.instances`; with dynamic allocation it only raises the initial target.
    public var executorInstances: Int?
    public var executorAllocationRatio = 1.0
    public var schedulerBacklogTimeout = ClockDuration.seconds(1)
    /// nil means "same as schedulerBacklogTimeout".
    public var sustainedSchedulerBacklogTimeout: ClockDuration?
    public var executorIdleTimeout = ClockDuration.seconds(60)
    public var cachedExecutorIdleTimeout = ClockDuration.infinite
    public var shuffleTrackingEnabled = true
    public var shuffleTrackingTimeout = ClockDuration.infinite
    public var shuffleServiceEnabled = false
    public var decommissionEnabled = false
    public var decommissionShuffleBlocksEnabled = true
    public var executorCores = 1
    public var taskCpus = 1

    /// Spark's defaults.
    public init() {}

    /// Reads the properties that matter and ignores the rest; throws the first value that
    /// does not parse (message names the key, in Spark 4's words). Call `validate()` next.
    public init(properties: [String: String]) throws(ConfigError) {
        let read = SparkPropertyReader(properties: properties)
        executorCores = try read.int(Keys.executorCores) ?? executorCores
        taskCpus = try read.int(Keys.taskCpus) ?? taskCpus
        enabled = try read.bool(Keys.enabled) ?? enabled
        minExecutors = try read.int(Keys.minExecutors) ?? minExecutors
        maxExecutors = try read.int(Keys.maxExecutors) ?? maxExecutors
        initialExecutors = try read.int(Keys.initialExecutors)
        executorInstances = try read.int(Keys.executorInstances)
        schedulerBacklogTimeout = try read.duration(Keys.schedulerBacklogTimeout, unit: .seconds)
            ?? schedulerBacklogTimeout
        sustainedSchedulerBacklogTimeout = try read.duration(Keys.sustainedSchedulerBacklogTimeout, unit: .seconds)
        executorAllocationRatio = try read.double(Keys.executorAllocationRatio) ?? executorAllocationRatio
        decommissionEnabled = try read.bool(Keys.decommissionEnabled) ?? decommissionEnabled
        decommissionShuffleBlocksEnabled = try read.bool(Keys.decommissionShuffleBlocksEnabled)
            ?? decommissionShuffleBlocksEnabled
        shuffleServiceEnabled = try read.bool(Keys.shuffleServiceEnabled) ?? shuffleServiceEnabled
        shuffleTrackingEnabled = try read.bool(Keys.shuffleTrackingEnabled) ?? shuffleTrackingEnabled
        executorIdleTimeout = try read.duration(Keys.executorIdleTimeout, unit: .seconds, nonNegative: true)
            ?? executorIdleTimeout
        cachedExecutorIdleTimeout = try read.duration(
            Keys.cachedExecutorIdleTimeout, unit: .seconds, nonNegative: true) ?? cachedExecutorIdleTimeout
        shuffleTrackingTimeout = try read.duration(
            Keys.shuffleTrackingTimeout, unit: .milliseconds, nonNegative: true) ?? shuffleTrackingTimeout
    }

    /// `max(minExecutors, initialExecutors, executor.instances)`, Spark's starting target.
    public var effectiveInitialExecutors: Int {
        max(minExecutors, initialExecutors ?? minExecutors, executorInstances ?? 0)
    }

    public var effectiveSustainedSchedulerBacklogTimeout: ClockDuration {
        sustainedSchedulerBacklogTimeout ?? schedulerBacklogTimeout
    }

    /// Task slots per executor: `executor.cores / task.cpus` (integer division, as Spark).
    public var tasksPerExecutor: Int { taskCpus > 0 ? executorCores / taskCpus : executorCores }

    /// Shuffle data pins executors only when tracking is on and no external service holds it.
    public var shuffleTrackingActive: Bool { shuffleTrackingEnabled && !shuffleServiceEnabled }

    /// Shuffle blocks migrate off decommissioned executors (Spark's third shuffle mechanism).
    public var shuffleDecommissionEnabled: Bool { decommissionEnabled && decommissionShuffleBlocksEnabled }
}
