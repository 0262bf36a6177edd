/// The cluster a profile stands for, as the resource manager core runs it: a single queue over
/// `capacity` executors spread evenly over the profile's hosts (counted in cores only), with the profile's
/// start-up time and Kubernetes batches, and executor ids numbered as the manager numbers them.
extension ClusterManagerProfile {
    /// Spark's default queue (`spark.yarn.queue`), the one queue of a cluster described only by its capacity.
    public static let defaultQueue = "default"
    /// The property naming the queue (Spark's, on YARN; Sparkbook reads it for every shared cluster).
    public static let queueKey = "spark.yarn.queue"

    public var clusterDescription: ClusterDescription {
        if let described { return described }
        let kind: ClusterDescription.Kind
        switch master {
        case .yarn, .service: kind = .yarn
        case .kubernetes: kind = .kubernetes
        case .embedded, .local, .localCluster, .serverless: kind = .standalone
        }
        let hosts = max(1, hostCount)
        var nodes: [NodeGroup] = []
        if hosts == 1 {
            nodes = [NodeGroup(count: 1, resources: Resources(vcores: capacity * executorCores, memoryMiB: 0),
                               namePrefix: "localhost")]
        } else {
            let (perHost, larger) = capacity.quotientAndRemainder(dividingBy: hosts)
            if larger > 0 {
                nodes.append(NodeGroup(count: larger, resources: Resources(vcores: (perHost + 1) * executorCores,
                                                                           memoryMiB: 0)))
            }
            nodes.append(NodeGroup(count: hosts - larger, resources: Resources(vcores: perHost * executorCores,
                                                                               memoryMiB: 0)))
        }
        var description = ClusterDescription(
            kind: kind, nodes: nodes,
            queues: [QueueDescription(name: Self.defaultQueue, capacityPercent: 100, userLimitFactor: nil)],
            resourceCalculator: .dominant, preemption: .off,
            podBatch: requestBatch.map { PodBatch(size: $0.size, delay: $0.delay) }, executorStartupTime: startupTime)
        description.executorStartupSchedule = startupSchedule
        return description
    }

    /// What one executor asks the cluster for: on a described cluster its cores and memory with overhead; on a
    /// profile's own cluster its cores (which counts no memory).
    public var executorSize: Resources {
        describedExecutorSize ?? Resources(vcores: executorCores, memoryMiB: 0)
    }

    public var executorNaming: ExecutorNaming {
        switch master {
        case .local: .driver
        case .localCluster, .embedded, .serverless: .counting(from: 0)
        case .yarn, .kubernetes, .service: .counting(from: 1)
        }
    }

    /// A resource manager of the profile's cluster with the application submitted to `queue` (on a profile's
    /// own cluster, its one queue whatever the name); an unknown queue of a described cluster is refused as
    /// YARN refuses the submission.
    public func dedicatedResourceManager(appName: String, queue: String = defaultQueue, user: String,
                                         timeScale: TimeScale, now: ClockTime) throws(ClusterManagerError)
        -> DedicatedResourceManager {
        let manager = ResourceManager(description: clusterDescription, timeScale: timeScale)
        do {
            return try DedicatedResourceManager(manager: manager, name: appName,
                                                queue: described == nil ? Self.defaultQueue : queue, user: user,
                                                executorSize: executorSize, executorNaming: executorNaming, now: now)
        } catch {
            throw ClusterManagerError(code: .refusedByResourceManager, key: "spark.yarn.queue", message: error.message)
        }
    }
}
