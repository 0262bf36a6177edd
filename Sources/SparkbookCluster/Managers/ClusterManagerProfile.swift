import Foundation

/// The rules of one cluster manager, chosen from the master string: how many executors fit, how big each is,
/// how long one takes to start, whether dynamic allocation applies, whether an external shuffle service exists,
/// and (Kubernetes) how executor requests are batched.
///
/// The embedded default (`sparkbook`) offers 32 single-core executors: more task slots than this machine has
/// cores, on purpose, so that scaling up and down is visible; the tasks then share the real cores.
public struct ClusterManagerProfile: Hashable, Sendable {
    /// Executor requests are sent in rounds (Kubernetes pods: `spark.kubernetes.allocation.batch.*`).
    public struct RequestBatch: Hashable, Sendable {
        public var size: Int
        public var delay: ClockDuration
    }

    public let master: MasterURL
    /// Executors the cluster can run at once; requests beyond stay pending.
    public let capacity: Int
    /// Cores per executor (`spark.executor.cores`, or the manager's default).
    public let executorCores: Int
    /// Time from granting an executor to its registration (before any time scale).
    public let startupTime: ClockDuration
    /// The start-up of the first executors one by one, in launch order, when `sparkbook.executor.startupTime`
    /// lists several (`15s,15.1s,4.5s`: a real run's, replayed); `startupTime` (the last) for the executors after.
    public var startupSchedule: [ClockDuration] = []
    /// Extra time the first task on each executor takes, in launch order (`sparkbook.executor.firstTaskDelay`,
    /// `3s,5.5s`): a real executor's first task also starts its JVM's JIT and its Python worker daemon, which
    /// took seconds in recorded runs; a replay of a recording sets it, nothing else does.
    public var firstTaskDelays: [ClockDuration] = []
    /// False in local mode: Spark ignores `spark.dynamicAllocation.enabled` there.
    public let supportsDynamicAllocation: Bool
    public let externalShuffleServiceAvailable: Bool
    public let requestBatch: RequestBatch?
    /// Executors to run when dynamic allocation is off and `spark.executor.instances` is unset.
    public let defaultInstances: Int
    /// Distinct host names executors are spread over.
    public let hostCount: Int
    /// Properties the platform sets itself (serverless).
    public let forcedProperties: [String: String]
    /// The cluster file's nodes, queues and rules when one describes the cluster (YAML or Hadoop's
    /// `capacity-scheduler.xml`); nil: the profile's own one-queue cluster of `capacity` executors.
    public var described: ClusterDescription?
    /// One executor's container on a described cluster (`spark.executor.cores`, memory and overhead).
    public var describedExecutorSize: Resources?
    /// Why no executor can ever start (an executor with more cores than any worker has): real Spark accepts the
    /// application and waits forever, warning that the job "has not accepted any resources"; Sparkbook fails the
    /// first job with this instead, since nothing could change it.
    public var noExecutorFits: String?

    public static let embeddedCapacity = 32
    public static let sparkbookClusterFileKey = "sparkbook.cluster.file"
    public static let capacityKey = "sparkbook.cluster.capacity"
    public static let startupTimeKey = "sparkbook.executor.startupTime"
    public static let firstTaskDelayKey = "sparkbook.executor.firstTaskDelay"
    /// Time from killing an idle executor to its being gone (default 0: at once).
    public static let killTimeKey = "sparkbook.executor.killTime"
    /// How long after the application's start a replayed driver submits its first job at the earliest: a real
    /// driver's cells run slower than the embedded one's (its JVM, py4j), and initial executors may idle out meanwhile.
    public static let firstJobAfterKey = "sparkbook.replay.firstJobAfter"
    public static let batchSizeKey = "spark.kubernetes.allocation.batch.size"
    public static let batchDelayKey = "spark.kubernetes.allocation.batch.delay"

    /// Resolves the profile for `master`; `clusterFile` (or `sparkbook.cluster.file`) describes yarn/k8s clusters.
    public static func resolve(master text: String?, properties: [String: String],
                               clusterFile: ClusterFile? = nil) throws(ClusterManagerError) -> ClusterManagerProfile {
        let schedule = try durations(properties, startupTimeKey)
        var single = properties
        single[startupTimeKey] = schedule.last.map { "\($0.milliseconds)ms" }
        var profile = try resolveOne(master: text, properties: single, clusterFile: clusterFile)
        // Local mode's one executor is the driver itself: nothing starts.
        if case .local = profile.master { return profile }
        if schedule.count > 1 { profile.startupSchedule = schedule }
        profile.firstTaskDelays = try durations(properties, firstTaskDelayKey)
        return profile
    }

    /// A property holding one duration or several separated by commas; empty when unset.
    static func durations(_ properties: [String: String], _ key: String) throws(ClusterManagerError) -> [ClockDuration] {
        guard let listed = properties[key] else { return [] }
        var out: [ClockDuration] = []
        for item in listed.split(separator: ",") {
            if let time = try duration([key: item.trimmingCharacters(in: .whitespaces)], key) { out.append(time) }
        }
        return out
    }

    private static func resolveOne(master text: String?, properties: [String: String],
                                   clusterFile: ClusterFile?) throws(ClusterManagerError) -> ClusterManagerProfile {
        let master = try MasterURL(parsing: text)
        var file = clusterFile ?? ClusterFile()
        if clusterFile == nil, let path = properties[sparkbookClusterFileKey] {
            if ClusterDescription.isDescriptionFile(path) {
                return try described(master: master, description: try ClusterDescription.load(path: path),
                                     properties: properties)
            }
            file = try ClusterFile.load(path: path)
        }
        let userCores = try positiveInt(properties, DynamicAllocationKeys.executorCores)
        let capacityOverride = try positiveInt(properties, capacityKey) ?? file.capacity
        let startup = try duration(properties, startupTimeKey) ?? file.executorStartupTime
        switch master {
        case .embedded:
            // Executors of the embedded cluster are threads: they start at once unless a start-up time is set
            // (`sparkbook.executor.startupTime`) to mimic a real cluster manager.
            return ClusterManagerProfile(
                master: master, capacity: capacityOverride ?? embeddedCapacity, executorCores: userCores ?? 1,
                startupTime: startup ?? .zero, supportsDynamicAllocation: true,
                externalShuffleServiceAvailable: true, requestBatch: nil, defaultInstances: 2, hostCount: 1,
                forcedProperties: [:])
        case .local(let threads, _):
            return ClusterManagerProfile(
                master: master, capacity: 1, executorCores: threads, startupTime: .zero,
                supportsDynamicAllocation: false, externalShuffleServiceAvailable: false, requestBatch: nil,
                defaultInstances: 1, hostCount: 1, forcedProperties: [:])
        case let .localCluster(workers, coresPerWorker, memoryPerWorker):
            try checkExecutorMemory(properties, fitsWorkersOf: memoryPerWorker)
            let cores = userCores ?? coresPerWorker
            let perWorker = max(0, coresPerWorker / cores)
            // Its workers run no external shuffle service (Spark's LocalSparkCluster starts none).
            var profile = ClusterManagerProfile(
                master: master, capacity: capacityOverride ?? workers * perWorker, executorCores: cores,
                startupTime: startup ?? .seconds(1), supportsDynamicAllocation: true,
                externalShuffleServiceAvailable: false, requestBatch: nil, defaultInstances: workers * perWorker,
                hostCount: 1, forcedProperties: [:])
            if perWorker == 0 {
                profile.noExecutorFits = "No executor can start: spark.executor.cores=\(cores) is more than the "
                    + "\(coresPerWorker) core\(coresPerWorker == 1 ? "" : "s") of each worker of \(master). Real Spark "
                    + "would wait here forever, warning \"Initial job has not accepted any resources; check your "
                    + "cluster UI to ensure that workers are registered and have sufficient resources\". Set "
                    + "spark.executor.cores to at most \(coresPerWorker), or give the workers more cores "
                    + "(local-cluster[\(workers),\(cores),\(memoryPerWorker)])."
            }
            return profile
        case .yarn:
            return ClusterManagerProfile(
                master: master, capacity: capacityOverride ?? 50, executorCores: userCores ?? file.executorCores ?? 1,
                startupTime: startup ?? .seconds(3), supportsDynamicAllocation: true,
                externalShuffleServiceAvailable: true, requestBatch: nil, defaultInstances: 2,
                hostCount: file.hosts ?? 10, forcedProperties: [:])
        case .kubernetes:
            let batch = try kubernetesBatch(properties, defaults: RequestBatch(size: 20, delay: .seconds(1)))
            return ClusterManagerProfile(
                master: master, capacity: capacityOverride ?? 50, executorCores: userCores ?? file.executorCores ?? 1,
                startupTime: startup ?? .seconds(2), supportsDynamicAllocation: true,
                externalShuffleServiceAvailable: false, requestBatch: batch,
                defaultInstances: 2, hostCount: file.hosts ?? 10, forcedProperties: [:])
        case .service:
            // The service's handshake supplies capacity and start-up (`ClusterRuntime` sets both keys from it);
            // executors register from YARN-like NodeManagers that keep shuffle files.
            return ClusterManagerProfile(
                master: master, capacity: capacityOverride ?? 1, executorCores: userCores ?? 1,
                startupTime: startup ?? .zero, supportsDynamicAllocation: true,
                externalShuffleServiceAvailable: true, requestBatch: nil, defaultInstances: 2, hostCount: 1,
                forcedProperties: [:])
        case .serverless:
            try ServerlessRules.check(properties)
            let capacity = capacityOverride ?? embeddedCapacity
            return ClusterManagerProfile(
                master: master, capacity: capacity, executorCores: 1, startupTime: startup ?? .zero,
                supportsDynamicAllocation: true, externalShuffleServiceAvailable: true, requestBatch: nil,
                defaultInstances: 2, hostCount: 1,
                forcedProperties: ServerlessRules.forcedProperties(capacity: capacity))
        }
    }

    /// The properties the runtime runs with: the user's, the platform's forced ones, and the executor cores.
    public func effectiveProperties(_ user: [String: String]) -> [String: String] {
        var result = user.merging(forcedProperties) { _, forced in forced }
        result[DynamicAllocationKeys.executorCores] = String(executorCores)
        return result
    }

    /// Spark's executor ids: `driver` in local mode, `0, 1, ...` on standalone clusters, `1, 2, ...` on YARN/K8s.
    public func executorId(forIndex index: Int) -> String {
        switch master {
        case .local: "driver"
        case .localCluster, .embedded, .serverless: String(index)
        case .yarn, .kubernetes, .service: String(index + 1)
        }
    }

    public func host(forIndex index: Int) -> String {
        hostCount <= 1 ? "localhost" : "node-\(index % hostCount + 1)"
    }

    /// One line for notices and `:executors` headers.
    public var summary: String {
        let cores = executorCores == 1 ? "1 core" : "\(executorCores) cores"
        var text = "\(master): up to \(capacity) executor\(capacity == 1 ? "" : "s") of \(cores)"
        if startupTime > .zero { text += ", start-up \(startupTime)" }
        if let batch = requestBatch { text += ", requested \(batch.size) per \(batch.delay)" }
        if externalShuffleServiceAvailable { text += ", external shuffle service available" }
        return text
    }

    /// Kubernetes' pod batches (`spark.kubernetes.allocation.batch.size` / `.delay` over `defaults`), after
    /// refusing the external shuffle service Kubernetes does not have.
    static func kubernetesBatch(_ properties: [String: String],
                                defaults: RequestBatch) throws(ClusterManagerError) -> RequestBatch {
        if properties[DynamicAllocationKeys.shuffleServiceEnabled]?.lowercased() == "true" {
            throw ClusterManagerError(
                code: .unsupportedByManager, key: DynamicAllocationKeys.shuffleServiceEnabled,
                message: "Kubernetes has no external shuffle service: set "
                    + "\(DynamicAllocationKeys.shuffleServiceEnabled)=false and rely on "
                    + "\(DynamicAllocationKeys.shuffleTrackingEnabled) instead.")
        }
        return RequestBatch(size: try positiveInt(properties, batchSizeKey) ?? defaults.size,
                            delay: try duration(properties, batchDelayKey) ?? defaults.delay)
    }

    /// `local-cluster` refuses executors larger than its workers when the context starts, with Spark's message
    /// (`SparkContext.createTaskScheduler`; without the check "Spark will just hang").
    static func checkExecutorMemory(_ properties: [String: String],
                                    fitsWorkersOf memoryPerWorker: Int) throws(ClusterManagerError) {
        let key = ExecutorSize.memoryKey
        var requested = 1024
        if let text = properties[key] {
            do { requested = Int(try SparkSize.parse(text, key: key, unit: .mebibyte)) } catch {
                throw ClusterManagerError(code: .invalidClusterFile, key: key, message: error.message)
            }
        }
        if requested > memoryPerWorker {
            throw ClusterManagerError(
                code: .noExecutorFits, key: key,
                message: "Asked to launch cluster with \(memoryPerWorker) MiB/worker but requested \(requested) MiB/executor")
        }
    }

    /// A duration property (`3s`, `500ms`), nil when unset.
    static func duration(_ properties: [String: String], _ key: String) throws(ClusterManagerError) -> ClockDuration? {
        guard let text = properties[key] else { return nil }
        do { return try SparkDuration.duration(text, key: key, unit: .milliseconds) } catch {
            throw ClusterManagerError(code: .invalidClusterFile, key: key, message: error.message)
        }
    }

    private static func positiveInt(_ properties: [String: String], _ key: String) throws(ClusterManagerError) -> Int? {
        guard let text = properties[key] else { return nil }
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0 else {
            throw ClusterManagerError(
                code: .invalidClusterFile, key: key,
                message: ConfigError.typeMismatch(key: key, value: text, type: "int").message)
        }
        return n
    }
}
