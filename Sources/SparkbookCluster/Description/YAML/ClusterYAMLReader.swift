import Foundation
import Yams

/// Sparkbook's YAML form of a cluster description, with the keys a platform engineer would guess:
///
///     manager: yarn                 # yarn | kubernetes | standalone
///     nodes:
///       - {count: 4, cores: 5, memory: 10g, name: worker-}
///     executor-startup-time: 2s
///     resource-calculator: dominant # memory (YARN's default) | dominant
///     queues:                       # YARN: leaf queues under root
///       - {name: etl, capacity: 50, maximum-capacity: 100, user-limit-factor: -1}
///     preemption: {enabled: true}   # Hadoop's defaults for the rest
///     namespaces:                   # Kubernetes: ResourceQuotas
///       - {name: team-a, quota: {cpu: 8, memory: 32g}}
///     pod-batch: {size: 20, delay: 1s}
///     capacity-scheduler: capacity-scheduler.xml   # YARN: queues from Hadoop's own file instead
///
/// Unknown keys are refused with the closest known one; every error names the file, the line and the key.
struct ClusterYAMLReader {
    let file: String
    /// Where `capacity-scheduler:` paths are resolved (the YAML file's folder).
    let directory: String

    static let topKeys = ["manager", "nodes", "executor-startup-time", "resource-calculator", "queues",
                          "preemption", "namespaces", "pod-batch", "capacity-scheduler", "minimum-allocation",
                          "maximum-allocation"]
    static let keysByKind: [ClusterDescription.Kind: Set<String>] = [
        .yarn: ["queues", "preemption", "capacity-scheduler", "minimum-allocation", "maximum-allocation"],
        .kubernetes: ["namespaces", "pod-batch"],
        .standalone: [],
    ]
    static let commonKeys: Set<String> = ["manager", "nodes", "executor-startup-time", "resource-calculator"]
    static let nodeKeys = ["count", "cores", "memory", "name"]

    func read(_ text: String) throws(ClusterManagerError) -> ClusterDescription {
        let top = try YAMLMapping(try compose(text), file: file, path: "")
        try top.requireOnly(Self.topKeys)
        let kind = try top.required("manager") { k throws(ClusterManagerError) in
            try top.choice(k, [ClusterDescription.Kind.yarn, .kubernetes, .standalone])
        }
        for key in Self.topKeys where top.contains(key)
            && !Self.commonKeys.contains(key) && Self.keysByKind[kind]?.contains(key) != true {
            let owner = Self.keysByKind.first { $0.value.contains(key) }?.key.rawValue ?? "another manager"
            throw top.error(key, "is for manager: \(owner), not \(kind.rawValue)")
        }
        if let xml = try top.text("capacity-scheduler") {
            return try fromCapacityScheduler(xml, top: top)
        }
        var description = ClusterDescription(
            kind: kind, nodes: try nodes(top.required("nodes", top.sequence), in: top),
            queues: [.default],
            resourceCalculator: try top.choice("resource-calculator", [ResourceCalculator.memory, .dominant])
                ?? kind.defaultResourceCalculator,
            executorStartupTime: try top.duration("executor-startup-time") ?? kind.defaultExecutorStartupTime)
        switch kind {
        case .yarn:
            if let list = try top.sequence("queues") { description.queues = try queues(list, in: top) }
            description.preemption = try preemption(top.mapping("preemption"))
            description.allocationLimits = try allocationLimits(top)
        case .kubernetes:
            description.queues = try top.required("namespaces") { k throws(ClusterManagerError) in
                try top.sequence(k).map { list throws(ClusterManagerError) in try namespaces(list, in: top) }
            }
            description.podBatch = try podBatch(top.mapping("pod-batch"))
        case .standalone:
            break
        }
        return description
    }

    /// YARN with Hadoop's own queue file; the YAML adds what YARN does not write there (nodes, start-up time).
    private func fromCapacityScheduler(_ relative: String, top: YAMLMapping) throws(ClusterManagerError)
        -> ClusterDescription {
        for key in ["queues", "preemption", "resource-calculator", "minimum-allocation", "maximum-allocation"]
        where top.contains(key) {
            throw top.error(key, "comes from the capacity-scheduler file named on line "
                + "\(top.location("capacity-scheduler").line ?? 0); set it there, not in both")
        }
        let path = relative.hasPrefix("/") ? relative : (directory as NSString).appendingPathComponent(relative)
        var description = try CapacitySchedulerReader.load(path: path, at: top.location("capacity-scheduler"))
        if let list = try top.sequence("nodes") { description.nodes = try nodes(list, in: top) }
        if let startup = try top.duration("executor-startup-time") { description.executorStartupTime = startup }
        return description
    }

    private func compose(_ text: String) throws(ClusterManagerError) -> Node {
        try Self.compose(text, file: file, required: "manager", whenEmpty: "it needs at least manager and nodes")
    }

    /// The YAML document of `text` (any YAML file Sparkbook reads: cluster descriptions, neighbours files), with
    /// syntax errors at their line; an empty file is an error about the `required` key.
    static func compose(_ text: String, file: String, required: String, whenEmpty: String)
        throws(ClusterManagerError) -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw DescriptionLocation(file: file).error(key: required, "the file is empty; \(whenEmpty)")
            }
            return node
        } catch let error as ClusterManagerError {
            throw error
        } catch let error as YamlError {
            throw Self.syntaxError(error, file: file)
        } catch {
            throw DescriptionLocation(file: file).error(key: "(YAML)", "\(error)")
        }
    }

    static func syntaxError(_ error: YamlError, file: String) -> ClusterManagerError {
        switch error {
        case .scanner(_, let problem, let mark, let yaml), .parser(_, let problem, let mark, let yaml),
             .composer(_, let problem, let mark, let yaml):
            // libyaml's words for a tab are obscure; tabs are the usual cause of a bad indent.
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let tab = mark.line >= 1 && mark.line <= lines.count && lines[mark.line - 1].contains("\t")
            return DescriptionLocation(file: file, line: mark.line).error(
                key: "(YAML)", "not valid YAML: \(problem)\(tab ? " (YAML indents with spaces, not tabs)" : "")")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DescriptionLocation(file: file, line: context.mark.line)
                .error(key: duplicates.joined(separator: ", "), "is written twice in the same mapping")
        default:
            return DescriptionLocation(file: file).error(key: "(YAML)", "not valid YAML: \(error)")
        }
    }

    private func nodes(_ list: [Node], in top: YAMLMapping) throws(ClusterManagerError) -> [NodeGroup] {
        let key = "nodes"
        if list.isEmpty { throw top.error(key, "needs at least one group of nodes") }
        var groups: [NodeGroup] = []
        for (index, node) in list.enumerated() {
            let group = try YAMLMapping(node, file: file, path: "\(key)[\(index + 1)]")
            try group.requireOnly(Self.nodeKeys)
            let cores = try group.required("cores", group.positiveInt)
            let memory = try group.required("memory", group.mebibytes)
            groups.append(NodeGroup(count: try group.required("count", group.positiveInt),
                                    resources: Resources(vcores: cores, memoryMiB: memory),
                                    namePrefix: try group.text("name") ?? "node-"))
        }
        return groups
    }

    /// YARN's container limits, Hadoop's defaults for what is unsaid.
    private func allocationLimits(_ top: YAMLMapping) throws(ClusterManagerError) -> AllocationLimits {
        var limits = AllocationLimits.yarnDefaults
        for (key, keyPath) in [("minimum-allocation", \AllocationLimits.minimum), ("maximum-allocation", \.maximum)] {
            guard let mapping = try top.mapping(key) else { continue }
            try mapping.requireOnly(["memory", "cores"])
            if let memory = try mapping.mebibytes("memory") { limits[keyPath: keyPath].memoryMiB = memory }
            if let cores = try mapping.positiveInt("cores") { limits[keyPath: keyPath].vcores = cores }
        }
        if let conflict = limits.conflict { throw top.error("maximum-allocation", conflict) }
        return limits
    }

    private func podBatch(_ mapping: YAMLMapping?) throws(ClusterManagerError) -> PodBatch {
        var batch = PodBatch()
        guard let mapping else { return batch }
        try mapping.requireOnly(["size", "delay"])
        if let size = try mapping.positiveInt("size") { batch.size = size }
        if let delay = try mapping.duration("delay") {
            // Spark refuses a delay of 100 ms or less (`spark.kubernetes.allocation.batch.delay`).
            guard delay > .milliseconds(100) else { throw mapping.error("delay", "must be more than 0.1s, as Spark requires") }
            batch.delay = delay
        }
        return batch
    }
}
