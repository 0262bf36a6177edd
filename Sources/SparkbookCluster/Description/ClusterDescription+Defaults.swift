/// What a description leaves unsaid, per resource manager, so the YAML form and `capacity-scheduler.xml` fill the
/// same gaps the same way.
extension ClusterDescription.Kind {
    /// Start-up times of Sparkbook's built-in profiles for the same managers (YARN containers localise jars and
    /// start a JVM; Kubernetes pulls and starts a pod; a standalone worker forks a JVM).
    public var defaultExecutorStartupTime: ClockDuration {
        switch self {
        case .yarn: .seconds(3)
        case .kubernetes: .seconds(2)
        case .standalone: .seconds(1)
        }
    }

    /// YARN's Capacity Scheduler compares memory only unless told otherwise (`DefaultResourceCalculator`);
    /// Kubernetes and a standalone master place executors by both cores and memory.
    public var defaultResourceCalculator: ResourceCalculator {
        self == .yarn ? .memory : .dominant
    }
}

extension QueueDescription {
    /// The queue of a cluster that defines none, as Hadoop's shipped `capacity-scheduler.xml` has it.
    public static let `default` = QueueDescription(name: "default", capacityPercent: 100)
}
