import Testing
@testable import SparkbookCluster

/// Descriptions that the YAML and XML reader tests expect from their own forms of the same settings.
enum ClusterDescriptionFixtures {
    /// Every YARN setting away from its default: queues etl (60 %, fair, no preemption) and bi (40 %, max 50 %).
    static func everyYARNKey(nodes: [NodeGroup]) -> ClusterDescription {
        ClusterDescription(
            kind: .yarn, nodes: nodes,
            queues: [QueueDescription(name: "etl", capacityPercent: 60, maximumCapacityPercent: 100,
                                      userLimitFactor: 2.5, minimumUserLimitPercent: 25, ordering: .fair,
                                      preemptionDisabled: true),
                     QueueDescription(name: "bi", capacityPercent: 40, maximumCapacityPercent: 50, userLimitFactor: nil)],
            resourceCalculator: .dominant,
            preemption: PreemptionSettings(enabled: true, monitoringInterval: .seconds(1),
                                           maxWaitBeforeKill: .seconds(10), totalPreemptionPerRound: 0.2,
                                           maxIgnoredOverCapacity: 0, naturalTerminationFactor: 0.5),
            executorStartupTime: .milliseconds(2500),
            allocationLimits: AllocationLimits(minimum: Resources(vcores: 1, memoryMiB: 512),
                                               maximum: Resources(vcores: 8, memoryMiB: 16384)))
    }

    /// The message of the error `read` raises (nil when it reads), which must be a cluster-file error.
    static func refusal(_ read: () throws(ClusterManagerError) -> ClusterDescription) -> String? {
        do {
            _ = try read()
            return nil
        } catch {
            #expect(error.code == .invalidClusterFile)
            return error.message
        }
    }
}
