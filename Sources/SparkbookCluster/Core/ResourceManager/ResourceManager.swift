/// The cluster's resource manager as a pure state machine, the part of YARN's ResourceManager (with the Capacity
/// Scheduler and its preemption monitor) or of the Kubernetes API server (quotas, pod scheduling) that Spark's
/// dynamic allocation talks to. Applications submit into a queue and ask for a total of executors
/// (`requestTotal`, Spark's `requestTotalExecutors`); `advance(now:)` grants containers on nodes as queues,
/// user limits and quotas allow, starts them, and (YARN, when enabled) preempts over-served queues; each
/// application collects what concerns it with `takeUpdates`. No threads, no clock of its own, no I/O: an
/// application alone (`DedicatedResourceManager`), neighbours in one process (`SharedResourceManager`), the
/// `sparkbook cluster` service and the simulator all drive this one type.
public struct ResourceManager: Sendable {
    /// An executor container on a node.
    struct Container: Hashable, Sendable {
        /// YARN's container id (`container_<cluster>_<app>_01_<n>`).
        let id: String
        let executorId: String
        let applicationId: String
        let node: Int
        let resources: Resources
        let grantedAt: ClockTime
        /// When the executor registers with its driver.
        let readyAt: ClockTime
    }

    /// What one application has and wants.
    struct Application: Sendable {
        let id: String
        let number: Int
        let name: String
        let queue: String
        let user: String
        let executorSize: Resources
        let executorNaming: ExecutorNaming
        let submittedAt: ClockTime
        var desiredTotal = 0
        /// Requests not granted yet (on Kubernetes: pods not yet created or refused by the quota).
        var waiting = 0
        /// Kubernetes: pods the quota admitted that wait for a node.
        var admittedPods = 0
        /// Granted and starting, in grant order.
        var starting: [Container] = []
        /// Registered with the driver, in registration order.
        var running: [Container] = []
        var nextExecutorIndex = 0
        var nextContainerNumber = 2
        var nextBatchAt: ClockTime?
        /// Why the last request could not be granted, when it is something the user must fix.
        var blockedReason: String?
        var busyExecutors = 0
        var pendingTasks = 0
        var updates = ApplicationUpdate()

        var granted: [Container] { starting + running }
        var grantedResources: Resources { executorSize * (starting.count + running.count) }
        var total: Int { waiting + admittedPods + starting.count + running.count }
    }

    public let description: ClusterDescription
    /// Time-scaled: start-up, pod batch delay and the preemption monitor's intervals.
    let startupTime: ClockDuration
    let startupSchedule: [ClockDuration]
    let podBatchDelay: ClockDuration
    let preemptionInterval: ClockDuration
    let preemptionWait: ClockDuration
    /// Milliseconds since the epoch at start, in YARN's ids.
    let clusterTimestamp: Int64
    let nodeNames: [String]
    let nodeCapacity: [Resources]
    var nodeUsed: [Resources]
    var queueUsed: [String: Resources]
    var applications = ApplicationTable()
    var nextApplicationNumber = 1
    /// Kubernetes: applications with admitted pods, one entry per pod, first admitted first.
    var podQueue: [String] = []
    var nextPreemptionRound: ClockTime?
    /// Containers marked for preemption (by container id), with when they were first marked.
    var preemptionMarks: [String: ClockTime] = [:]
    /// Queues over their share whose every container is larger than a round may take (said once per episode).
    var preemptionStalled: Set<String> = []
    public internal(set) var usage: UsageLog
    /// Decisions taken since start (grants, releases, losses, marks, kills, refusals), for throughput figures.
    public internal(set) var decisionCount = 0
    /// Each application's last sample, so that only changes are logged.
    var lastSamples: [String: UsageLog.Sample] = [:]
    /// How many decisions `usage` keeps (a long simulation would otherwise grow without bound).
    static let decisionsKept = 2000

    /// `timeScale` shortens every duration of the description (start-up, pod batches, preemption) for teaching.
    public init(description: ClusterDescription, timeScale: TimeScale = .realTime, clusterTimestamp: Int64 = 0) {
        self.description = description
        self.startupTime = timeScale.scale(description.executorStartupTime)
        self.startupSchedule = description.executorStartupSchedule.map { timeScale.scale($0) }
        self.podBatchDelay = timeScale.scale(description.podBatch?.delay ?? .zero)
        self.preemptionInterval = timeScale.scale(description.preemption.monitoringInterval)
        self.preemptionWait = timeScale.scale(description.preemption.maxWaitBeforeKill)
        self.clusterTimestamp = clusterTimestamp
        var names: [String] = []
        var capacity: [Resources] = []
        for group in description.nodes {
            for n in 0..<group.count {
                let single = group.count == 1 && description.nodes.count == 1 && !group.namePrefix.hasSuffix("-")
                names.append(single ? group.namePrefix : "\(group.namePrefix)\(names.count + 1)")
                _ = n
                capacity.append(group.resources)
            }
        }
        self.nodeNames = names
        self.nodeCapacity = capacity
        self.nodeUsed = Array(repeating: .zero, count: capacity.count)
        self.queueUsed = Dictionary(uniqueKeysWithValues: description.queues.map { ($0.name, .zero) })
        self.usage = UsageLog(clusterResources: description.totalResources, calculator: description.resourceCalculator,
                              queues: description.queues)
    }

    public var totalResources: Resources { description.totalResources }
    var calculator: ResourceCalculator { description.resourceCalculator }

    /// The queue's guarantee and maximum as resources.
    func guarantee(of queue: QueueDescription) -> Resources { totalResources.scaled(by: queue.capacityPercent / 100) }
    func maximum(of queue: QueueDescription) -> Resources {
        totalResources.scaled(by: queue.maximumCapacityPercent / 100)
    }

    /// How many executors of `size` the whole cluster holds at once (the profile's capacity).
    public func executorsThatFit(_ size: Resources) -> Int {
        // Memory alone decides under YARN's default calculator, unless the executor asks for no memory at all.
        let byCores = calculator == .dominant || size.memoryMiB <= 0
        return nodeCapacity.reduce(0) { count, node in
            let memory = size.memoryMiB > 0 ? node.memoryMiB / size.memoryMiB : Int.max
            let cores = size.vcores > 0 ? node.vcores / size.vcores : Int.max
            let fit = byCores ? min(memory, cores) : memory
            return count + (fit == Int.max ? 0 : fit)
        }
    }
}
