/// Per-executor activity for dynamic allocation (Spark's `ExecutorMonitor`): running tasks,
/// idle start, cached blocks, shuffle data held, and which executors have timed out.
///
/// Pure state: every event carries `now`, nothing reads a clock. Deadlines are computed on
/// demand from the state, so there is no cached "next timeout" to get out of step.
public struct ExecutorMonitor: Hashable, Sendable {
    public let timeouts: IdleTimeouts
    public let order: ExecutorIDOrder
    public private(set) var executors: [String: ExecutorTracker] = [:]
    private var shuffles = ShuffleActivity()

    public init(timeouts: IdleTimeouts, order: ExecutorIDOrder = .spark) {
        self.timeouts = timeouts
        self.order = order
    }

    // MARK: Events

    /// Registers an executor (idle from `now`). A duplicate registration changes no count but,
    /// as in Spark, restarts the idle clock of an idle executor.
    public mutating func executorAdded(_ id: String, now: ClockTime) {
        executors[id, default: ExecutorTracker(id: id)].updateRunningTasks(by: 0, now: now)
    }

    /// Forgets an executor; unknown ids (duplicate removals) are ignored.
    @discardableResult
    public mutating func executorRemoved(_ id: String) -> Bool {
        executors.removeValue(forKey: id) != nil
    }

    /// Tasks on executors that never registered are ignored (the scheduler registers first).
    public mutating func taskStarted(on id: String, now: ClockTime) {
        executors[id]?.updateRunningTasks(by: 1, now: now)
    }

    /// A successful map task records that the executor now holds that stage's shuffle output
    /// (failed tasks write nothing usable), before the idle clock restarts.
    public mutating func taskEnded(on id: String, stageId: Int, succeeded: Bool, now: ClockTime) {
        guard executors[id] != nil else { return }
        if timeouts.shuffleTrackingActive && succeeded, let shuffle = shuffles.stageToShuffle[stageId] {
            executors[id]?.addShuffle(shuffle)
        }
        executors[id]?.updateRunningTasks(by: -1, now: now)
    }

    public mutating func jobStarted(_ jobId: Int, stages: [JobStage]) {
        guard timeouts.shuffleTrackingActive else { return }
        guard let jobShuffles = shuffles.jobStarted(jobId, stages: stages) else { return }
        for id in executors.keys where !(executors[id]!.hasActiveShuffle) {
            executors[id]!.updateActiveShuffles(jobShuffles)
        }
    }

    public mutating func jobEnded(_ jobId: Int) {
        guard timeouts.shuffleTrackingActive else { return }
        guard let stillActive = shuffles.jobEnded(jobId) else { return }
        for id in executors.keys where executors[id]!.hasActiveShuffle {
            executors[id]!.updateActiveShuffles(stillActive)
        }
    }

    /// A cached RDD partition was stored on (`cached: true`) or dropped from an executor.
    public mutating func blockUpdated(on id: String, rddId: Int, partition: Int, cached: Bool) {
        guard executors[id] != nil else { return }
        if cached {
            executors[id]!.cachedBlocks[rddId, default: []].insert(partition)
        } else if executors[id]!.cachedBlocks[rddId] != nil {
            executors[id]!.cachedBlocks[rddId]!.remove(partition)
            if executors[id]!.cachedBlocks[rddId]!.isEmpty { executors[id]!.cachedBlocks[rddId] = nil }
        }
    }

    /// `unpersist()`: the RDD's blocks vanish everywhere; executors left without cached data
    /// fall back to the plain idle timeout, still measured from their original idle start.
    public mutating func rddUnpersisted(_ rddId: Int) {
        for id in executors.keys { executors[id]!.cachedBlocks[rddId] = nil }
    }

    /// The ContextCleaner dropped a shuffle: nobody holds it any more.
    public mutating func shuffleCleaned(_ shuffleId: Int) {
        guard timeouts.shuffleTrackingActive else { return }
        shuffles.shuffleCleaned(shuffleId)
        for id in executors.keys { executors[id]!.removeShuffle(shuffleId) }
    }

    /// Marks executors the policy asked to remove; they stay counted until removed.
    public mutating func markPendingRemoval(_ ids: [String]) {
        for id in ids { executors[id]?.pendingRemoval = true }
    }

    // MARK: Queries

    public var executorCount: Int { executors.count }
    public var pendingRemoval: Set<String> { Set(executors.values.filter(\.pendingRemoval).map(\.id)) }
    public var pendingRemovalCount: Int { executors.values.filter(\.pendingRemoval).count }
    public var activeShuffles: Set<Int> { shuffles.activeShuffles }

    public func tracker(_ id: String) -> ExecutorTracker? { executors[id] }

    /// When the executor will be released if nothing changes; `.never` while busy, while it
    /// holds an active shuffle, or under an infinite timeout. nil for unknown executors.
    public func deadline(of id: String) -> ClockTime? {
        guard let tracker = executors[id] else { return nil }
        if tracker.hasActiveShuffle { return .never }
        return timeouts.deadline(
            idleStart: tracker.idleStart, holdsCache: tracker.holdsCache, holdsShuffle: tracker.holdsShuffle)
    }

    public func idleRule(of id: String) -> IdleRule? {
        executors[id].map { timeouts.rule(holdsCache: $0.holdsCache, holdsShuffle: $0.holdsShuffle) }
    }

    /// Executors whose deadline has passed and that are not already pending removal, in
    /// removal order.
    public func timedOutExecutors(now: ClockTime) -> [String] {
        let expired = executors.values.filter { tracker in
            guard !tracker.pendingRemoval, tracker.isIdle, let deadline = deadline(of: tracker.id) else { return false }
            return deadline <= now
        }
        return order.sorted(expired.map(\.id))
    }

    /// The earliest future deadline among executors not pending removal (`.never` if none).
    public var nextDeadline: ClockTime {
        executors.values.filter { !$0.pendingRemoval }.compactMap { deadline(of: $0.id) }.min() ?? .never
    }
}
