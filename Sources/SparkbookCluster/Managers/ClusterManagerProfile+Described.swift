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
        var startup = description.executorStartupTime
        if let text = properties[startupTimeKey] {
            do { startup = try SparkDuration.duration(text, key: startupTimeKey, unit: .milliseconds) } catch {
                throw ClusterManagerError(code: .invalidClusterFile, key: startupTimeKey, message: error.message)
            }
        }
        var batch = description.podBatch.map { RequestBatch(size: $0.size, delay: $0.delay) }
        if description.kind == .kubernetes {
            let base = try resolve(master: MasterURL.kubernetes(apiServer: "described").description,
                                   properties: properties.filter { $0.key != sparkbookClusterFileKey })
            if properties[batchSizeKey] != nil || properties[batchDelayKey] != nil || batch == nil {
                batch = base.requestBatch
            }
        }
        let container = description.container(for: size.resources)
        let capacity = ResourceManager(description: description).executorsThatFit(container)
        var profile = ClusterManagerProfile(
            master: master, capacity: capacity, executorCores: size.cores, startupTime: startup,
            supportsDynamicAllocation: true, externalShuffleServiceAvailable: description.kind != .kubernetes,
            requestBatch: description.kind == .kubernetes ? batch : nil, defaultInstances: 2,
            hostCount: description.nodes.reduce(0) { $0 + $1.count }, forcedProperties: [:])
        var withBatch = description
        if description.kind == .kubernetes { withBatch.podBatch = batch.map { PodBatch(size: $0.size, delay: $0.delay) } }
        withBatch.executorStartupTime = startup
        profile.described = withBatch
        profile.describedExecutorSize = size.resources
        return profile
    }
}
