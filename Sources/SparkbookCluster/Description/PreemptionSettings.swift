/// YARN's `ProportionalCapacityPreemptionPolicy` (`yarn.resourcemanager.monitor.capacity.preemption.*`), off
/// unless `yarn.resourcemanager.scheduler.monitor.enable` is true; the defaults are Hadoop's.
public struct PreemptionSettings: Hashable, Sendable {
    public var enabled: Bool
    /// `monitoring_interval`: how often the policy looks.
    public var monitoringInterval: ClockDuration
    /// `max_wait_before_kill`: from marking a container to killing it.
    public var maxWaitBeforeKill: ClockDuration
    /// `total_preemption_per_round`: at most this fraction of the cluster marked per round.
    public var totalPreemptionPerRound: Double
    /// `max_ignored_over_capacity`: a queue over its ideal share by less than this fraction is left alone.
    public var maxIgnoredOverCapacity: Double
    /// `natural_termination_factor`: the fraction of a queue's excess marked per round.
    public var naturalTerminationFactor: Double

    public init(enabled: Bool, monitoringInterval: ClockDuration = .seconds(3),
                maxWaitBeforeKill: ClockDuration = .seconds(15), totalPreemptionPerRound: Double = 0.1,
                maxIgnoredOverCapacity: Double = 0.1, naturalTerminationFactor: Double = 0.2) {
        self.enabled = enabled
        self.monitoringInterval = monitoringInterval
        self.maxWaitBeforeKill = maxWaitBeforeKill
        self.totalPreemptionPerRound = totalPreemptionPerRound
        self.maxIgnoredOverCapacity = maxIgnoredOverCapacity
        self.naturalTerminationFactor = naturalTerminationFactor
    }

    public static let off = PreemptionSettings(enabled: false)
}
