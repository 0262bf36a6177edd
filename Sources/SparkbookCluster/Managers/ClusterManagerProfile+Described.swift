/// A profile for a cluster a description file lays out (`sparkbook.cluster.file` naming a YAML or Hadoop XML
/// file, or a description handed over by the neighbours or the cluster service): its capacity is how many
/// executors of the application's size its nodes hold, its start-up time and pod batches are the file's.
extension ClusterManagerProfile {
    /// The manager each master needs in a description.
    static func kind(for master: MasterURL) -> ClusterDescription.Kind? {
        switch master {
        case .yarn, .service: .yarn
        case .kubernetes: .kubernetes
        case .embedded, .localCluster: .standalone
        case .local, .serverless: nil
        }
    }

    /// The profile of `master` on the described cluster; the master must name the description's manager (the
    /// embedded cluster runs any description).
    public static func described(master: MasterURL, description: ClusterDescription,
                                 properties: [String: String]) throws(ClusterManagerError) -> ClusterManagerProfile {
        if master != .embedded, kind(for: master) != description.kind {
            throw ClusterManagerError(
                code: .invalidClusterFile, key: sparkbookClusterFileKey,
                message: "The cluster file describes a \(description.kind.rawValue) cluster, but the master is "
                    + "\(master): use --master \(description.kind == .yarn ? "yarn" : description.kind == .kubernetes ? "k8s://https://HOST:PORT" : "sparkbook")")
        }
        let size: ExecutorSize
        do { size = try ExecutorSize(properties: properties) } catch {
            throw ClusterManagerError(code: .invalidClusterFile, key: error.key, message: error.message)
        }
        let startup = try duration(properties, startupTimeKey) ?? description.executorStartupTime
        var batch: RequestBatch?
        if description.kind == .kubernetes {
            let described = description.podBatch ?? PodBatch()
            batch = try kubernetesBatch(properties, defaults: RequestBatch(size: described.size, delay: described.delay))
        }
        let container = description.container(for: size.resources)
        let capacity = ResourceManager(description: description).executorsThatFit(container)
        var profile = ClusterManagerProfile(
            master: master, capacity: capacity, executorCores: size.cores, startupTime: startup,
            supportsDynamicAllocation: true, externalShuffleServiceAvailable: description.kind != .kubernetes,
            requestBatch: batch, defaultInstances: 2,
            hostCount: description.nodes.reduce(0) { $0 + $1.count }, forcedProperties: [:])
        var described = description
        described.podBatch = batch.map { PodBatch(size: $0.size, delay: $0.delay) }
        described.executorStartupTime = startup
        profile.described = described
        profile.describedExecutorSize = size.resources
        return profile
    }
}
