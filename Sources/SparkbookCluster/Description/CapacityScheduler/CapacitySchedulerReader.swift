import Foundation

/// Hadoop's own `capacity-scheduler.xml`, read as is, with a `yarn-site.xml` beside it when present (preemption
/// and NodeManager resources normally live there; either file may hold any key, and a key set differently in
/// both is refused rather than guessed).
///
/// Only leaf queues directly under `root` are modelled. A deeper tree (`root.prod.etl`) is refused, not
/// flattened: multiplying percentages would keep each leaf's guarantee but lose the parent's own
/// maximum-capacity and the rule that siblings lend to each other before other branches, so grants would
/// silently differ from YARN's. Capacities may be percentages or, all of them, weights (`2w`); absolute
/// resources (`[memory=…,vcores=…]`) are refused.
enum CapacitySchedulerReader {
    typealias Keys = HadoopPropertyKeys

    /// Reads `path` and the `yarn-site.xml` in its folder; `reference` is where a YAML file named it.
    static func load(path: String, at reference: DescriptionLocation? = nil) throws(ClusterManagerError)
        -> ClusterDescription {
        let scheduler = try HadoopConfigurationFile(path: path, readFrom: reference)
        let site = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("yarn-site.xml")
        var files = [scheduler]
        if site != path, FileManager.default.fileExists(atPath: site) {
            files.insert(try HadoopConfigurationFile(path: site), at: 0)
        }
        return try read(merge(files), file: path)
    }

    static func merge(_ files: [HadoopConfigurationFile]) throws(ClusterManagerError)
        -> [String: HadoopConfigurationFile.Property] {
        var merged: [String: HadoopConfigurationFile.Property] = [:]
        for file in files {
            for (name, property) in file.properties {
                if let earlier = merged[name], earlier.value != property.value {
                    throw property.location.error(key: name, "is '\(property.value)' here but '\(earlier.value)' in "
                        + "\(earlier.location); set it in one file")
                }
                merged[name] = property
            }
        }
        return merged
    }

    static func read(_ properties: [String: HadoopConfigurationFile.Property], file: String)
        throws(ClusterManagerError) -> ClusterDescription {
        let reader = HadoopPropertyReader(properties: properties, file: file)
        let names = try queueNames(reader)
        let queues = try names.map { name throws(ClusterManagerError) in try queue(name, reader) }
        let leaves = try weightsAsPercentages(queues, names: names, reader)
        try QueueValidator { queue, setting in
            guard let queue else { return (Keys.rootQueues, reader.location(Keys.rootQueues)) }
            let key = Keys.queue("root.\(queue)", setting.flatMap { Keys.settingNames[$0] } ?? "capacity")
            return (key, reader.location(key))
        }.validate(leaves)
        try refuseTypos(reader, queues: names)
        let nodeCount = try reader.positiveInt(Keys.sparkbookNodes) ?? Keys.defaultNodeCount
        let node = Resources(vcores: try reader.positiveInt(Keys.nodeVcores) ?? Keys.defaultNodeVcores,
                             memoryMiB: try reader.positiveInt(Keys.nodeMemory) ?? Keys.defaultNodeMemoryMiB)
        return ClusterDescription(
            kind: .yarn, nodes: [NodeGroup(count: nodeCount, resources: node)], queues: leaves,
            resourceCalculator: try calculator(reader), preemption: try preemption(reader),
            executorStartupTime: try reader.duration(Keys.sparkbookStartup, unit: .milliseconds)
                ?? ClusterDescription.Kind.yarn.defaultExecutorStartupTime,
            allocationLimits: try allocationLimits(reader))
    }

    private static func allocationLimits(_ reader: HadoopPropertyReader) throws(ClusterManagerError) -> AllocationLimits {
        let defaults = AllocationLimits.yarnDefaults
        let limits = AllocationLimits(
            minimum: Resources(vcores: try reader.positiveInt(Keys.minimumAllocationVcores) ?? defaults.minimum.vcores,
                               memoryMiB: try reader.positiveInt(Keys.minimumAllocationMemory) ?? defaults.minimum.memoryMiB),
            maximum: Resources(vcores: try reader.positiveInt(Keys.maximumAllocationVcores) ?? defaults.maximum.vcores,
                               memoryMiB: try reader.positiveInt(Keys.maximumAllocationMemory) ?? defaults.maximum.memoryMiB))
        if let conflict = limits.conflict {
            let written = [Keys.maximumAllocationMemory, Keys.maximumAllocationVcores, Keys.minimumAllocationMemory,
                           Keys.minimumAllocationVcores].first { reader.text($0) != nil }
            let key = written ?? Keys.maximumAllocationMemory
            throw reader.error(key, conflict)
        }
        return limits
    }

    private static func queueNames(_ reader: HadoopPropertyReader) throws(ClusterManagerError) -> [String] {
        guard let list = reader.text(Keys.rootQueues) else { return [QueueDescription.default.name] }
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if names.isEmpty { throw reader.error(Keys.rootQueues, "names no queue; root needs at least one leaf queue") }
        return names
    }

    /// One leaf with Hadoop's defaults for what is unset; `capacity` still holds a weight when written `2w`.
    private static func queue(_ name: String, _ reader: HadoopPropertyReader) throws(ClusterManagerError)
        -> (queue: QueueDescription, weight: Double?) {
        let path = "root.\(name)"
        if let children = reader.text(Keys.queue(path, "queues")) {
            throw reader.error(Keys.queue(path, "queues"), "makes \(path) a parent of \(children); Sparkbook models "
                + "leaf queues directly under root only. Write the leaves under root (e.g. root.\(name)_…) with "
                + "capacities that are shares of the whole cluster")
        }
        let capacityKey = Keys.queue(path, "capacity")
        guard let capacityText = reader.text(capacityKey) else {
            throw reader.error(Keys.rootQueues, "lists \(name), but \(capacityKey) is not set")
        }
        var weight: Double?
        var capacity = 0.0
        if capacityText.hasSuffix("w"), let value = Double(capacityText.dropLast()) {
            weight = value
        } else {
            capacity = try reader.percent(capacityKey)!
        }
        let maximum = try reader.percent(Keys.queue(path, "maximum-capacity"))
        let factor = try reader.double(Keys.queue(path, "user-limit-factor"))
        let orderingKey = Keys.queue(path, "ordering-policy")
        var ordering = QueueDescription.Ordering.fifo
        if let text = reader.text(orderingKey) {
            guard let known = QueueDescription.Ordering(rawValue: text.lowercased()) else {
                throw reader.error(orderingKey, "must be fifo or fair, got '\(text)'")
            }
            ordering = known
        }
        return (QueueDescription(
            name: name, capacityPercent: capacity,
            maximumCapacityPercent: maximum == -1 ? 100 : maximum ?? 100,
            userLimitFactor: factor == -1 ? nil : factor ?? 1,
            minimumUserLimitPercent: try reader.percent(Keys.queue(path, "minimum-user-limit-percent")) ?? 100,
            ordering: ordering,
            preemptionDisabled: try reader.bool(Keys.queue(path, "disable_preemption")) ?? false), weight)
    }

    /// Hadoop's weight mode: every sibling's share is its weight over the sum; mixing weights and percentages
    /// under one parent is refused, as Hadoop refuses it.
    private static func weightsAsPercentages(_ queues: [(queue: QueueDescription, weight: Double?)], names: [String],
                                             _ reader: HadoopPropertyReader) throws(ClusterManagerError)
        -> [QueueDescription] {
        let weights = queues.compactMap(\.weight)
        if weights.isEmpty { return queues.map(\.queue) }
        if weights.count != queues.count {
            let percentQueue = queues.first { $0.weight == nil }!.queue.name
            throw reader.error(Keys.queue("root.\(percentQueue)", "capacity"),
                               "is a percentage while a sibling's capacity is a weight (like 2w); use one mode under root")
        }
        let total = weights.reduce(0, +)
        if weights.contains(where: { !($0 > 0) }) || !(total > 0) {
            throw reader.error(Keys.rootQueues, "weights of root's queues must all be above 0")
        }
        return queues.map { entry in
            var queue = entry.queue
            queue.capacityPercent = entry.weight! / total * 100
            return queue
        }
    }

    /// A per-queue key that is a near miss of a modelled one (`capacty`) would silently do nothing.
    private static func refuseTypos(_ reader: HadoopPropertyReader, queues: [String]) throws(ClusterManagerError) {
        let suggester = ConfigKeySuggester(knownKeys: Keys.modelledQueueSettings)
        for key in reader.properties.keys.sorted() {
            for queue in queues {
                let prefix = Keys.queue("root.\(queue)", "")
                guard key.hasPrefix(prefix) else { continue }
                let setting = String(key.dropFirst(prefix.count))
                if Keys.modelledQueueSettings.contains(setting) || Keys.otherQueueSettings.contains(setting) { continue }
                if let close = suggester.suggestion(for: setting) {
                    throw reader.error(key, "unknown setting; did you mean \(prefix)\(close)?")
                }
            }
        }
    }

    private static func calculator(_ reader: HadoopPropertyReader) throws(ClusterManagerError) -> ResourceCalculator {
        guard let text = reader.text(Keys.resourceCalculator) else { return .memory }
        let simpleName = text.split(separator: ".").last.map(String.init) ?? text
        guard let known = [ResourceCalculator.memory, .dominant].first(where: {
            $0.hadoopClassName == text || $0.hadoopClassName.hasSuffix("." + simpleName)
        }) else {
            throw reader.error(Keys.resourceCalculator, "must be \(ResourceCalculator.memory.hadoopClassName) or "
                + "\(ResourceCalculator.dominant.hadoopClassName), got '\(text)'")
        }
        return known
    }

    private static func preemption(_ reader: HadoopPropertyReader) throws(ClusterManagerError) -> PreemptionSettings {
        var settings = PreemptionSettings(enabled: try reader.bool(Keys.monitorEnable) ?? false)
        if let interval = try reader.duration(Keys.monitoringInterval, unit: .milliseconds) {
            settings.monitoringInterval = interval
        }
        if let wait = try reader.duration(Keys.maxWaitBeforeKill, unit: .milliseconds) { settings.maxWaitBeforeKill = wait }
        if let total = try reader.double(Keys.totalPreemptionPerRound) { settings.totalPreemptionPerRound = total }
        if let ignored = try reader.double(Keys.maxIgnoredOverCapacity) { settings.maxIgnoredOverCapacity = ignored }
        if let natural = try reader.double(Keys.naturalTerminationFactor) { settings.naturalTerminationFactor = natural }
        try PreemptionValidator { setting in
            let key = Keys.preemptionKeys[setting]!
            return (key, reader.location(key))
        }.validate(settings)
        return settings
    }
}
