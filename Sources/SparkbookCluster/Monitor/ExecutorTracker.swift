/// What the monitor knows about one executor (Spark's `ExecutorMonitor.Tracker`).
public struct ExecutorTracker: Hashable, Sendable {
    public let id: String
    public internal(set) var runningTasks = 0
    /// When the executor last became idle; nil while it runs tasks. A new executor is idle at once.
    public internal(set) var idleStart: ClockTime?
    /// Cached RDD blocks held: RDD id to partition indices.
    public internal(set) var cachedBlocks: [Int: Set<Int>] = [:]
    /// Shuffles whose map output this executor wrote (only while shuffle tracking is active).
    public internal(set) var shuffleIds: Set<Int> = []
    /// Holds output of a shuffle some running job still needs: never removed while true.
    public internal(set) var hasActiveShuffle = false
    /// Asked to go (idle timeout); still counted until the executor-removed event arrives.
    public internal(set) var pendingRemoval = false

    init(id: String) {
        self.id = id
    }

    /// Idle in Spark's sense: running nothing and holding no active shuffle.
    public var isIdle: Bool { idleStart != nil && !hasActiveShuffle }
    public var holdsCache: Bool { !cachedBlocks.isEmpty }
    public var holdsShuffle: Bool { !shuffleIds.isEmpty }

    /// Any task start/end (or registration, with 0) restarts the idle clock when nothing runs.
    mutating func updateRunningTasks(by delta: Int, now: ClockTime) {
        runningTasks = max(0, runningTasks + delta)
        idleStart = runningTasks == 0 ? now : nil
    }

    /// A newly written shuffle counts as active: its job is still running.
    mutating func addShuffle(_ id: Int) {
        if shuffleIds.insert(id).inserted { hasActiveShuffle = true }
    }

    mutating func removeShuffle(_ id: Int) {
        if shuffleIds.remove(id) != nil && shuffleIds.isEmpty { hasActiveShuffle = false }
    }

    mutating func updateActiveShuffles(_ active: Set<Int>) {
        hasActiveShuffle = !shuffleIds.isDisjoint(with: active)
    }
}
