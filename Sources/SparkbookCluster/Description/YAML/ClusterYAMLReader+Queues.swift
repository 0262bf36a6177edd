import Yams

/// YARN queues, Kubernetes namespaces and preemption in the YAML form.
extension ClusterYAMLReader {
    static let queueKeys = ["name", "capacity", "maximum-capacity", "user-limit-factor",
                            "minimum-user-limit-percent", "ordering-policy", "disable-preemption"]
    static let settingKeys: [QueueSetting: String] = [
        .capacity: "capacity", .maximumCapacity: "maximum-capacity", .userLimitFactor: "user-limit-factor",
        .minimumUserLimitPercent: "minimum-user-limit-percent",
    ]
    static let preemptionKeys = ["enabled", "monitoring-interval", "max-wait-before-kill",
                                 "total-preemption-per-round", "max-ignored-over-capacity",
                                 "natural-termination-factor"]

    func queues(_ list: [Node], in top: YAMLMapping) throws(ClusterManagerError) -> [QueueDescription] {
        var queues: [QueueDescription] = []
        var mappings: [String: YAMLMapping] = [:]
        for (index, node) in list.enumerated() {
            let entry = try named(node, index: index, list: "queues")
            try entry.requireOnly(Self.queueKeys)
            // YARN's -1 means "no limit": 100 % for maximum-capacity, no cap for user-limit-factor.
            let maximum = try entry.percent("maximum-capacity")
            let factor = try entry.double("user-limit-factor")
            queues.append(QueueDescription(
                name: entry.path.components(separatedBy: ".").last!,
                capacityPercent: try entry.required("capacity", entry.percent),
                maximumCapacityPercent: maximum == -1 ? 100 : maximum ?? 100,
                userLimitFactor: factor == -1 ? nil : factor ?? 1,
                minimumUserLimitPercent: try entry.percent("minimum-user-limit-percent") ?? 100,
                ordering: try entry.choice("ordering-policy", [QueueDescription.Ordering.fifo, .fair]) ?? .fifo,
                preemptionDisabled: try entry.bool("disable-preemption") ?? false))
            mappings[queues[queues.count - 1].name] = entry
        }
        try QueueValidator { queue, setting in
            guard let queue, let entry = mappings[queue] else { return ("queues", top.location("queues")) }
            let key = setting.flatMap { Self.settingKeys[$0] } ?? "name"
            return (entry.keyPath(key), entry.location(key))
        }.validate(queues)
        return queues
    }

    func namespaces(_ list: [Node], in top: YAMLMapping) throws(ClusterManagerError) -> [QueueDescription] {
        if list.isEmpty { throw top.error("namespaces", "needs at least one namespace") }
        var namespaces: [QueueDescription] = []
        for (index, node) in list.enumerated() {
            let entry = try named(node, index: index, list: "namespaces")
            try entry.requireOnly(["name", "quota"])
            let name = entry.path.components(separatedBy: ".").last!
            if namespaces.contains(where: { $0.name == name }) {
                throw entry.error("name", "namespace '\(name)' is defined twice")
            }
            var namespace = QueueDescription(name: name, capacityPercent: 0)
            if let quota = try entry.mapping("quota") {
                try quota.requireOnly(["cpu", "memory"])
                namespace.quotaVcores = try quota.text("cpu").map { text throws(ClusterManagerError) in
                    guard let cores = Self.kubernetesCores(text) else {
                        throw quota.error("cpu", "must be whole cores such as 8 or 8000m, got '\(text)'")
                    }
                    return cores
                }
                namespace.quotaMemoryMiB = try quota.mebibytes("memory")
            }
            namespaces.append(namespace)
        }
        return namespaces
    }

    /// `8` or `8000m` (Kubernetes millicores) as whole cores; nil for fractions, which executors never ask for.
    static func kubernetesCores(_ text: String) -> Int? {
        if let cores = Int(text), cores > 0 { return cores }
        guard text.hasSuffix("m"), let milli = Int(text.dropLast()), milli > 0, milli % 1000 == 0 else { return nil }
        return milli / 1000
    }

    static let preemptionSettingKeys: [PreemptionValidator.Setting: String] = [
        .monitoringInterval: "monitoring-interval", .maxWaitBeforeKill: "max-wait-before-kill",
        .totalPreemptionPerRound: "total-preemption-per-round", .maxIgnoredOverCapacity: "max-ignored-over-capacity",
        .naturalTerminationFactor: "natural-termination-factor",
    ]

    func preemption(_ mapping: YAMLMapping?) throws(ClusterManagerError) -> PreemptionSettings {
        var settings = PreemptionSettings.off
        guard let mapping else { return settings }
        try mapping.requireOnly(Self.preemptionKeys)
        settings.enabled = try mapping.required("enabled", mapping.bool)
        if let interval = try mapping.duration("monitoring-interval") { settings.monitoringInterval = interval }
        if let wait = try mapping.duration("max-wait-before-kill") { settings.maxWaitBeforeKill = wait }
        if let total = try mapping.double("total-preemption-per-round") { settings.totalPreemptionPerRound = total }
        if let ignored = try mapping.double("max-ignored-over-capacity") { settings.maxIgnoredOverCapacity = ignored }
        if let natural = try mapping.double("natural-termination-factor") { settings.naturalTerminationFactor = natural }
        try PreemptionValidator { setting in
            let key = Self.preemptionSettingKeys[setting]!
            return (mapping.keyPath(key), mapping.location(key))
        }.validate(settings)
        return settings
    }

    /// A list entry with a `name`, as a mapping whose path is `list.name`.
    private func named(_ node: Node, index: Int, list: String) throws(ClusterManagerError) -> YAMLMapping {
        let unnamed = try YAMLMapping(node, file: file, path: "\(list)[\(index + 1)]")
        guard let name = try unnamed.text("name"), !name.isEmpty else {
            throw unnamed.location().error(key: unnamed.keyPath("name"), "is required")
        }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw unnamed.error("name", "must be letters, digits, '-' or '_', got '\(name)'")
        }
        return try YAMLMapping(node, file: file, path: "\(list).\(name)")
    }
}
