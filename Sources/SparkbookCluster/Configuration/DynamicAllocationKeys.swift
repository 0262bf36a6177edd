/// The Spark property names the allocation policy reads, spelled once.
public enum DynamicAllocationKeys {
    public static let enabled = "spark.dynamicAllocation.enabled"
    public static let minExecutors = "spark.dynamicAllocation.minExecutors"
    public static let maxExecutors = "spark.dynamicAllocation.maxExecutors"
    public static let initialExecutors = "spark.dynamicAllocation.initialExecutors"
    public static let executorAllocationRatio = "spark.dynamicAllocation.executorAllocationRatio"
    public static let schedulerBacklogTimeout = "spark.dynamicAllocation.schedulerBacklogTimeout"
    public static let sustainedSchedulerBacklogTimeout = "spark.dynamicAllocation.sustainedSchedulerBacklogTimeout"
    public static let executorIdleTimeout = "spark.dynamicAllocation.executorIdleTimeout"
    public static let cachedExecutorIdleTimeout = "spark.dynamicAllocation.cachedExecutorIdleTimeout"
    public static let shuffleTrackingEnabled = "spark.dynamicAllocation.shuffleTracking.enabled"
    public static let shuffleTrackingTimeout = "spark.dynamicAllocation.shuffleTracking.timeout"
    public static let shuffleServiceEnabled = "spark.shuffle.service.enabled"
    public static let executorInstances = "spark.executor.instances"
    public static let executorCores = "spark.executor.cores"
    public static let taskCpus = "spark.task.cpus"
    public static let decommissionEnabled = "spark.decommission.enabled"
    public static let decommissionShuffleBlocksEnabled = "spark.storage.decommission.shuffleBlocks.enabled"
    public static let shuffleIOPluginClass = "spark.shuffle.sort.io.plugin.class"

    /// Every `spark.dynamicAllocation.*` key Spark 4 defines (for did-you-mean suggestions),
    /// including the ones this policy does not model (`testing`, the decommission knobs).
    public static let knownDynamicAllocationKeys: [String] = [
        enabled, minExecutors, maxExecutors, initialExecutors, executorAllocationRatio,
        schedulerBacklogTimeout, sustainedSchedulerBacklogTimeout, executorIdleTimeout,
        cachedExecutorIdleTimeout, shuffleTrackingEnabled, shuffleTrackingTimeout,
        "spark.dynamicAllocation.testing",
    ]

    /// The timeouts `--time-scale` multiplies, with the unit a bare number means for each (as `DynamicAllocationConfig`
    /// reads them).
    public static let scaledTimeouts: [String: SparkTimeUnit] = [
        schedulerBacklogTimeout: .seconds, sustainedSchedulerBacklogTimeout: .seconds, executorIdleTimeout: .seconds,
        cachedExecutorIdleTimeout: .seconds, shuffleTrackingTimeout: .milliseconds,
    ]
}
