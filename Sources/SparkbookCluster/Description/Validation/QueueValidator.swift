/// Checks leaf queues as Hadoop's Capacity Scheduler does when it loads its configuration, so that a file
/// Sparkbook accepts is one YARN would accept too: every percentage within 0...100, each capacity within its
/// maximum-capacity, a user-limit-factor above 0 (or -1, no limit), distinct names, and capacities under `root`
/// adding up to 100 (Hadoop allows 0.05 points of rounding).
struct QueueValidator {
    /// The key as the file writes it, and where, for a queue's setting; `nil` setting means the queue list.
    let locate: (_ queue: String?, _ setting: QueueSetting?) -> (key: String, at: DescriptionLocation)

    /// Hadoop's tolerance on the sum of sibling capacities (0.0005 as a fraction).
    static let sumTolerance = 0.05

    func validate(_ queues: [QueueDescription]) throws(ClusterManagerError) {
        if queues.isEmpty { throw fail(nil, nil, "no queue is defined; root needs at least one leaf queue") }
        var seen: Set<String> = []
        for queue in queues {
            if !seen.insert(queue.name).inserted {
                throw fail(queue.name, nil, "queue '\(queue.name)' is defined twice under root")
            }
            try validate(queue)
        }
        let sum = queues.reduce(0) { $0 + $1.capacityPercent }
        if abs(sum - 100) > Self.sumTolerance {
            let parts = queues.map { "\($0.name) \(Self.percent($0.capacityPercent))" }.joined(separator: " + ")
            throw fail(nil, nil, "the capacities of root's queues must add up to 100 %, but \(parts) = "
                + "\(Self.percent(sum)) %")
        }
    }

    private func validate(_ queue: QueueDescription) throws(ClusterManagerError) {
        for (setting, value) in [(QueueSetting.capacity, queue.capacityPercent),
                                 (.maximumCapacity, queue.maximumCapacityPercent),
                                 (.minimumUserLimitPercent, queue.minimumUserLimitPercent)]
        where !(0...100).contains(value) || value.isNaN {
            throw fail(queue.name, setting, "must be a percentage between 0 and 100 for queue \(queue.path), "
                + "got \(Self.percent(value))")
        }
        if queue.capacityPercent > queue.maximumCapacityPercent {
            throw fail(queue.name, .capacity, "queue \(queue.path) has capacity \(Self.percent(queue.capacityPercent)) % "
                + "above its maximum-capacity \(Self.percent(queue.maximumCapacityPercent)) %; the guarantee must fit "
                + "under the cap")
        }
        if let factor = queue.userLimitFactor, !(factor > 0) {
            throw fail(queue.name, .userLimitFactor, "must be above 0, or -1 for no limit, for queue \(queue.path); "
                + "got \(Self.percent(factor))")
        }
    }

    private func fail(_ queue: String?, _ setting: QueueSetting?, _ why: String) -> ClusterManagerError {
        let (key, location) = locate(queue, setting)
        return location.error(key: key, why)
    }

    /// `50`, `33.3`: percentages as users write them.
    static func percent(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}
