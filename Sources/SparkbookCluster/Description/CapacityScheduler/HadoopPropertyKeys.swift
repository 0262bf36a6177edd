/// The property names Sparkbook reads from Hadoop's `capacity-scheduler.xml` and `yarn-site.xml`, plus the two
/// Sparkbook adds because YARN writes neither in a file (the number of NodeManagers, container start-up time).
enum HadoopPropertyKeys {
    static let capacityPrefix = "yarn.scheduler.capacity."
    static let rootQueues = "yarn.scheduler.capacity.root.queues"
    static let resourceCalculator = "yarn.scheduler.capacity.resource-calculator"

    static func queue(_ path: String, _ setting: String) -> String { "\(capacityPrefix)\(path).\(setting)" }

    /// Per-queue settings Sparkbook models (the suffix after `yarn.scheduler.capacity.root.<queue>.`).
    static let modelledQueueSettings = ["capacity", "maximum-capacity", "user-limit-factor",
                                        "minimum-user-limit-percent", "ordering-policy", "disable_preemption",
                                        "queues"]
    static let settingNames: [QueueSetting: String] = [
        .capacity: "capacity", .maximumCapacity: "maximum-capacity", .userLimitFactor: "user-limit-factor",
        .minimumUserLimitPercent: "minimum-user-limit-percent",
    ]
    /// Hadoop's other per-queue settings: accepted as written, without effect in Sparkbook, and never
    /// "corrected" into a modelled one.
    static let otherQueueSettings = ["maximum-applications", "maximum-am-resource-percent", "max-parallel-apps",
                                     "state", "acl_submit_applications", "acl_administer_queue",
                                     "acl_application_max_priority", "default-application-priority",
                                     "default-application-lifetime", "maximum-application-lifetime", "priority",
                                     "accessible-node-labels", "default-node-label-expression",
                                     "maximum-allocation-mb", "maximum-allocation-vcores", "maximum-allocation",
                                     "user-limit", "intra-queue-preemption.disable_preemption",
                                     "ordering-policy.fair.enable-size-based-weight"]

    static let monitorEnable = "yarn.resourcemanager.scheduler.monitor.enable"
    static let preemptionPrefix = "yarn.resourcemanager.monitor.capacity.preemption."
    static let monitoringInterval = preemptionPrefix + "monitoring_interval"
    static let maxWaitBeforeKill = preemptionPrefix + "max_wait_before_kill"
    static let totalPreemptionPerRound = preemptionPrefix + "total_preemption_per_round"
    static let maxIgnoredOverCapacity = preemptionPrefix + "max_ignored_over_capacity"
    static let naturalTerminationFactor = preemptionPrefix + "natural_termination_factor"

    static let preemptionKeys: [PreemptionValidator.Setting: String] = [
        .monitoringInterval: monitoringInterval, .maxWaitBeforeKill: maxWaitBeforeKill,
        .totalPreemptionPerRound: totalPreemptionPerRound, .maxIgnoredOverCapacity: maxIgnoredOverCapacity,
        .naturalTerminationFactor: naturalTerminationFactor,
    ]

    static let nodeMemory = "yarn.nodemanager.resource.memory-mb"
    static let nodeVcores = "yarn.nodemanager.resource.cpu-vcores"
    /// YARN's defaults for a NodeManager that does not say (`yarn-default.xml`).
    static let defaultNodeMemoryMiB = 8192
    static let defaultNodeVcores = 8

    static let minimumAllocationMemory = "yarn.scheduler.minimum-allocation-mb"
    static let minimumAllocationVcores = "yarn.scheduler.minimum-allocation-vcores"
    static let maximumAllocationMemory = "yarn.scheduler.maximum-allocation-mb"
    static let maximumAllocationVcores = "yarn.scheduler.maximum-allocation-vcores"

    static let sparkbookNodes = "sparkbook.cluster.nodes"
    static let sparkbookStartup = "sparkbook.cluster.executor-startup-time"
    /// NodeManagers when neither the YAML nor `sparkbook.cluster.nodes` says: one, as a single-node
    /// (pseudo-distributed) Hadoop set up from these files alone would have.
    static let defaultNodeCount = 1
}
