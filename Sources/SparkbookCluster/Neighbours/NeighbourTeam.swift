/// A synthetic team sharing the classroom's cluster with the student's notebook: an application submitted to
/// `queue` by `user` when the team arrives, with its own dynamic allocation (Spark properties, as in the team's
/// `spark-defaults.conf`; Spark's defaults for what is left out) and jobs of synthetic tasks.
public struct NeighbourTeam: Hashable, Sendable {
    public var name: String
    public var queue: String
    public var user: String
    /// When the team submits its application, after the classroom starts (cluster time, before `--time-scale`).
    public var arrival: ClockDuration
    /// `spark.dynamicAllocation.*`, `spark.executor.*`, `spark.task.cpus`; dynamic allocation is on unless
    /// `spark.dynamicAllocation.enabled` is false (then `spark.executor.instances` executors, as in Spark).
    public var properties: [String: String]
    /// Run one after another, each as its `start` says.
    public var jobs: [NeighbourJob]

    public init(name: String, queue: String, user: String, arrival: ClockDuration = .zero,
                properties: [String: String] = [:], jobs: [NeighbourJob]) {
        self.name = name
        self.queue = queue
        self.user = user
        self.arrival = arrival
        self.properties = properties
        self.jobs = jobs
    }

    /// The properties the team's application runs with: dynamic allocation on unless the team turned it off.
    var effectiveProperties: [String: String] {
        var properties = self.properties
        if properties[DynamicAllocationKeys.enabled] == nil { properties[DynamicAllocationKeys.enabled] = "true" }
        return properties
    }

    /// The keys a team may set: its allocation settings and its executors' size.
    public static let settableKeys: [String] = [
        DynamicAllocationKeys.enabled, DynamicAllocationKeys.minExecutors, DynamicAllocationKeys.initialExecutors,
        DynamicAllocationKeys.maxExecutors, DynamicAllocationKeys.executorIdleTimeout,
        DynamicAllocationKeys.schedulerBacklogTimeout, DynamicAllocationKeys.sustainedSchedulerBacklogTimeout,
        DynamicAllocationKeys.executorAllocationRatio, DynamicAllocationKeys.cachedExecutorIdleTimeout,
        DynamicAllocationKeys.shuffleTrackingEnabled, DynamicAllocationKeys.shuffleTrackingTimeout,
        DynamicAllocationKeys.executorInstances, DynamicAllocationKeys.executorCores, DynamicAllocationKeys.taskCpus,
    ]
}
