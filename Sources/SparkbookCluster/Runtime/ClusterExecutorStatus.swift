/// One row of the `:executors` view: the executor, its work, the shuffle data it holds and, with dynamic
/// allocation, when and why (not) it will be released.
public struct ClusterExecutorStatus: Hashable, Sendable {
    public let id: String
    public let host: String
    public let cores: Int
    public let slots: Int
    public let runningTasks: Int
    public let completedTasks: Int
    public let failedTasks: Int
    public let addedAt: ClockTime
    /// Shuffles whose map output this executor holds itself (not via an external shuffle service).
    public let shuffleIds: [Int]
    /// The allocation policy's view; nil when dynamic allocation is off.
    public let allocation: ExecutorStatus?

    /// `running 2 tasks`, `holds shuffle data (shuffle 4)`, `idle, released in 12s`, `leaving`.
    public var note: String {
        if runningTasks > 0 { return KeepReason.runningTasks(runningTasks).description }
        guard let allocation else {
            return shuffleIds.isEmpty ? "idle" : KeepReason.holdsShuffle(shuffleIds).description
        }
        if allocation.pendingRemoval { return "leaving" }
        var text = allocation.keptBecause?.description ?? "leaving"
        if let seconds = allocation.secondsUntilRelease { text += ", released in \(seconds)s" }
        return text
    }
}

/// The cluster at a glance.
public struct ClusterSnapshot: Hashable, Sendable {
    /// The desired executor total (nil without dynamic allocation).
    public let target: Int?
    public let executors: Int
    /// Granted and starting up.
    public let starting: Int
    /// Requested but not granted (cluster full, or waiting for the next request batch).
    public let waiting: Int
    public let runningTasks: Int
    /// Tasks of running stages not launched yet.
    public let pendingTasks: Int
}

extension ClusterTaskScheduler {
    public func executorStatuses() -> [ClusterExecutorStatus] {
        state.withLock { s in
            let now = clock.now
            var allocation: [String: ExecutorStatus] = [:]
            for status in s.core.policy?.executorStatuses(now: now) ?? [] { allocation[status.id] = status }
            return s.core.executorOrder.map { id in
                let e = s.core.executors[id]!
                return ClusterExecutorStatus(
                    id: id, host: e.host, cores: e.cores, slots: e.slots, runningTasks: e.running,
                    completedTasks: e.completed, failedTasks: e.failed, addedAt: e.addedAt,
                    shuffleIds: s.shuffles.shuffles(heldBy: id), allocation: allocation[id])
            }
        }
    }

    public func snapshot() -> ClusterSnapshot {
        state.withLock { s in
            ClusterSnapshot(
                target: s.core.policy?.target, executors: s.core.executors.count,
                starting: s.core.cluster.starting.count, waiting: s.core.cluster.waiting,
                runningTasks: s.core.stages.values.reduce(0) { $0 + $1.running },
                pendingTasks: s.stages.values.reduce(0) {
                    $0 + $1.descriptor.taskCount - (s.core.stages[$1.descriptor.stageId]?.launched ?? 0)
                })
        }
    }
}
