/// What must hold between any two events, checked by drivers after every event in debug builds
/// (`SPARKBOOK_INTERNAL_CHECKS`), as the application scheduler's invariants are.
extension ResourceManager {
    /// Stops the process on the first broken invariant, naming all of them.
    public func checkInvariants() {
        let violations = invariantViolations()
        precondition(violations.isEmpty, "ResourceManager invariants broken: " + violations.joined(separator: "; "))
    }

    /// Each broken invariant, in words (empty when consistent):
    /// - never more granted on a node than it has (memory always; cores too with the dominant calculator);
    /// - never more granted to a queue than its maximum capacity;
    /// - node and queue usage equal the containers held;
    /// - every container in exactly one application and one state (starting or running), executor ids unique per
    ///   application; request counts never negative; preemption marks only on held containers.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var nodeSum = Array(repeating: Resources.zero, count: nodeCapacity.count)
        var queueSum: [String: Resources] = [:]
        var containerIds: Set<String> = []
        for app in applications.all {
            let id = app.id
            if applications.slot(of: id) == nil { problems.append("application \(id) is in the order but not known") }
            if app.waiting < 0 || app.admittedPods < 0 { problems.append("\(id) has negative requests") }
            var executorIds: Set<String> = []
            for container in app.granted {
                if !containerIds.insert(container.id).inserted { problems.append("container \(container.id) held twice") }
                if !executorIds.insert(container.executorId).inserted {
                    problems.append("\(id) has executor \(container.executorId) twice")
                }
                if container.applicationId != id { problems.append("container \(container.id) filed under \(id)") }
                nodeSum[container.node] += container.resources
                queueSum[app.queue, default: .zero] += container.resources
            }
        }
        for node in nodeCapacity.indices {
            if nodeSum[node] != nodeUsed[node] {
                problems.append("node \(nodeNames[node]) counts \(nodeUsed[node]) used, its containers hold \(nodeSum[node])")
            }
            let over = nodeUsed[node].memoryMiB > nodeCapacity[node].memoryMiB
                || (calculator == .dominant && nodeUsed[node].vcores > nodeCapacity[node].vcores)
            if over { problems.append("node \(nodeNames[node]) has \(nodeUsed[node]) granted of \(nodeCapacity[node])") }
        }
        for queue in description.queues {
            let used = queueUsed[queue.name] ?? .zero
            if used != queueSum[queue.name] ?? .zero {
                problems.append("queue \(queue.name) counts \(used) used, its containers hold \(queueSum[queue.name] ?? .zero)")
            }
            if !calculator.fits(used, in: maximum(of: queue)) {
                problems.append("queue \(queue.name) has \(used) granted, maximum \(maximum(of: queue))")
            }
        }
        for container in preemptionMarks.keys where !containerIds.contains(container) {
            problems.append("preemption mark on container \(container), which nobody holds")
        }
        return problems
    }
}
