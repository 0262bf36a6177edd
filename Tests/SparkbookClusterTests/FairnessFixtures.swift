@testable import SparkbookCluster

/// Hand-built usage logs for the fairness tests: a cluster of 10 one-core 1 GiB executors' worth.
enum FairnessFixtures {
    static let executor = Resources(vcores: 1, memoryMiB: 1024)
    static let cluster = executor * 10

    static func queue(_ name: String, _ percent: Double) -> QueueDescription {
        QueueDescription(name: name, capacityPercent: percent)
    }

    static func log(_ queues: [QueueDescription], calculator: ResourceCalculator = .memory,
                    cluster: Resources = cluster) -> UsageLog {
        UsageLog(clusterResources: cluster, calculator: calculator, queues: queues)
    }

    static func at(_ seconds: Double) -> ClockTime { ClockTime(milliseconds: Int64(seconds * 1000)) }

    static func application(_ id: String, queue: String, submitted: Double = 0, finished: Double? = nil,
                            executorResources: Resources? = executor) -> UsageLog.Application {
        UsageLog.Application(id: id, name: "team-\(id)", queue: queue, user: "u\(id)", submittedAt: at(submitted),
                             finishedAt: finished.map(at), executorResources: executorResources)
    }

    static func sample(_ seconds: Double, _ id: String, granted: Int, waiting: Int = 0, busy: Int = 0,
                       pending: Int = 0, size: Resources = executor) -> UsageLog.Sample {
        UsageLog.Sample(time: at(seconds), applicationId: id, granted: granted, grantedResources: size * granted,
                        waiting: waiting, busyExecutors: busy, pendingTasks: pending)
    }
}

extension UsageLog {
    /// Samples kept in time order, as the resource manager appends them.
    func with(_ applications: [Application], _ samples: [Sample]) -> UsageLog {
        var log = self
        log.applications = applications
        log.samples = samples.sorted { $0.time < $1.time }
        return log
    }
}
