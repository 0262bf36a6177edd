/// One leaf queue of YARN's Capacity Scheduler (`root.<name>`), or one Kubernetes namespace with its
/// ResourceQuota. Percentages are of the whole cluster (leaf queues directly under `root`).
public struct QueueDescription: Hashable, Sendable {
    public enum Ordering: String, Hashable, Sendable {
        /// Applications in submission order (YARN's default `ordering-policy`).
        case fifo
        /// The application with the least resources first.
        case fair
    }

    /// The leaf name (`etl`); applications name it with `--queue` or `spark.yarn.queue`.
    public var name: String
    /// `capacity`: the guaranteed share, in percent of the cluster.
    public var capacityPercent: Double
    /// `maximum-capacity`: the elastic cap, in percent (100 when YARN's `-1`).
    public var maximumCapacityPercent: Double
    /// `user-limit-factor`: how many times the queue's capacity one user may take (nil: no limit, YARN's -1).
    public var userLimitFactor: Double?
    /// `minimum-user-limit-percent`: each active user's floor when users compete.
    public var minimumUserLimitPercent: Double
    public var ordering: Ordering
    /// `disable_preemption`: containers of this queue are never preempted.
    public var preemptionDisabled: Bool
    /// Kubernetes ResourceQuota (`requests.cpu`, `requests.memory`); nil means no quota on that resource.
    public var quotaVcores: Int?
    public var quotaMemoryMiB: Int?

    public init(name: String, capacityPercent: Double, maximumCapacityPercent: Double = 100,
                userLimitFactor: Double? = 1, minimumUserLimitPercent: Double = 100, ordering: Ordering = .fifo,
                preemptionDisabled: Bool = false, quotaVcores: Int? = nil, quotaMemoryMiB: Int? = nil) {
        self.name = name
        self.capacityPercent = capacityPercent
        self.maximumCapacityPercent = maximumCapacityPercent
        self.userLimitFactor = userLimitFactor
        self.minimumUserLimitPercent = minimumUserLimitPercent
        self.ordering = ordering
        self.preemptionDisabled = preemptionDisabled
        self.quotaVcores = quotaVcores
        self.quotaMemoryMiB = quotaMemoryMiB
    }

    /// `root.etl`.
    public var path: String { "root.\(name)" }
}
