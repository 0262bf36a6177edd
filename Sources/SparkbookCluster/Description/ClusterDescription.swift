/// A cluster as a platform engineer describes it: its nodes, which resource manager runs it (YARN's Capacity
/// Scheduler, Kubernetes namespaces with quotas, or a plain standalone pool), its queues or namespaces, and how
/// long an executor takes to start. The resource manager core (`ResourceManager`) runs on it; the YAML form,
/// Hadoop's `capacity-scheduler.xml` and the built-in profiles all become one of these.
public struct ClusterDescription: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// YARN with the Capacity Scheduler: queues with guarantees, elasticity, user limits, optional preemption.
        case yarn
        /// Kubernetes: namespaces with ResourceQuotas, pods requested in batches, first come first served.
        case kubernetes
        /// One pool with a single queue (Sparkbook's embedded cluster, Spark standalone, `local-cluster`).
        case standalone
    }

    public var kind: Kind
    public var nodes: [NodeGroup]
    /// Leaf queues (YARN) or namespaces (Kubernetes, whose `capacityPercent` is unused); never empty.
    public var queues: [QueueDescription]
    public var resourceCalculator: ResourceCalculator
    public var preemption: PreemptionSettings
    /// Kubernetes pod batches (`spark.kubernetes.allocation.batch.size` and `.delay`); nil elsewhere.
    public var podBatch: PodBatch?
    /// Time from granting an executor container to the executor registering with its driver.
    public var executorStartupTime: ClockDuration
    /// The start-up of an application's first executors, one each in launch order, where they differ (a replay of
    /// a real run's); the executors after them take `executorStartupTime`.
    public var executorStartupSchedule: [ClockDuration] = []
    /// YARN's container minimum and maximum (requests rounded up, oversized ones refused); nil: containers are
    /// granted at the size asked (Kubernetes, standalone, descriptions written in code).
    public var allocationLimits: AllocationLimits?

    public init(kind: Kind, nodes: [NodeGroup], queues: [QueueDescription],
                resourceCalculator: ResourceCalculator = .memory, preemption: PreemptionSettings = .off,
                podBatch: PodBatch? = nil, executorStartupTime: ClockDuration = .zero,
                allocationLimits: AllocationLimits? = nil) {
        self.kind = kind
        self.nodes = nodes
        self.queues = queues
        self.resourceCalculator = resourceCalculator
        self.preemption = preemption
        self.podBatch = podBatch
        self.executorStartupTime = executorStartupTime
        self.allocationLimits = allocationLimits
    }

    /// Every node's resources added up.
    public var totalResources: Resources {
        nodes.reduce(.zero) { $0 + $1.resources * $1.count }
    }

    public func queue(named name: String) -> QueueDescription? {
        queues.first { $0.name == name || $0.path == name }
    }
}
