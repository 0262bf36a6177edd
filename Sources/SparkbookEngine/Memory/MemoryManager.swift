import Foundation

/// The live side of `UnifiedMemoryPolicy`, shared by the session's concurrent tasks: it carries out the policy's
/// decisions (evicting shuffle blocks to disk, making a task wait for another to release memory) with the lock
/// released, so no eviction or wait ever holds up the other tasks' bookkeeping.
public final class MemoryManager: @unchecked Sendable {
    public let settings: ExecutionMemorySettings
    /// Spill and evicted shuffle files of this session, created on first use.
    public let spillDirectory: SpillDirectory
    // `policy`, `evictor` and `nextTask` are guarded by `condition`.
    private let condition = NSCondition()
    private var policy: UnifiedMemoryPolicy
    private var evictors: [@Sendable (Int64) -> Int64] = []
    private var nextTask = 0
    /// How long a task waits for another's release before it gives up and is granted nothing (it then spills
    /// or proceeds on what it holds): a safety valve Spark does not need, as its tasks always release at task end.
    static let waitSlice = 0.05
    static let maxWaitSlices = 100

    public init(settings: ExecutionMemorySettings) {
        self.settings = settings
        self.policy = UnifiedMemoryPolicy(poolBytes: settings.poolBytes)
        self.spillDirectory = SpillDirectory(parent: settings.localDirectory)
    }

    /// A budget too large to matter, for executors built without a session (tests of other concerns).
    public static func unbounded() -> MemoryManager {
        MemoryManager(settings: ExecutionMemorySettings(heapBytes: .max / 2, fraction: 1))
    }

    private func locked<R>(_ body: () throws -> R) rethrows -> R {
        condition.lock()
        defer { condition.unlock() }
        return try body()
    }

    public var snapshot: UnifiedMemoryPolicy { locked { policy } }

    /// A store's way of moving up to the given bytes of in-memory blocks to disk; returns bytes freed. The
    /// shuffle store's blocks go first (Spark writes them to disk anyway), then cached blocks.
    public func addStorageEvictor(_ evict: @escaping @Sendable (Int64) -> Int64) {
        locked { evictors.append(evict) }
    }

    /// Every store's evictor in turn until `wanted` bytes are freed.
    private func evict(_ wanted: Int64, with evictors: [@Sendable (Int64) -> Int64]) -> Int64 {
        var freed: Int64 = 0
        for evictor in evictors where freed < wanted { freed += evictor(wanted - freed) }
        return freed
    }

    /// A fresh id for a task attempt's memory.
    public func newTask() -> Int {
        locked { defer { nextTask += 1 }; return nextTask }
    }

    /// Execution memory for `task`: up to `bytes`, possibly fewer (then the caller spills).
    public func acquireExecution(_ bytes: Int64, task: Int) -> Int64 {
        var mayEvict = true
        var waits = 0
        condition.lock()
        defer { condition.unlock() }
        while true {
            switch policy.acquireExecution(bytes, task: task, mayEvict: mayEvict) {
            case .granted(let granted):
                return granted
            case .evictStorage(let wanted):
                guard !evictors.isEmpty else { mayEvict = false; continue }
                let evictors = self.evictors
                condition.unlock()
                let freed = evict(wanted, with: evictors)
                condition.lock()
                policy.releaseStorage(freed)
                if freed == 0 { mayEvict = false }
            case .wait:
                waits += 1
                if waits > Self.maxWaitSlices { return 0 }
                _ = condition.wait(until: Date(timeIntervalSinceNow: Self.waitSlice))
            }
        }
    }

    public func releaseExecution(_ bytes: Int64, task: Int) {
        guard bytes > 0 else { return }
        locked { policy.releaseExecution(bytes, task: task) }
        condition.broadcast()
    }

    /// Everything the task held returns to the pool (Spark's `releaseAllExecutionMemoryForTask`).
    public func taskEnded(_ task: Int) {
        locked { _ = policy.taskEnded(task) }
        condition.broadcast()
    }

    /// Room for a shuffle block in memory, from free memory only.
    public func acquireStorage(_ bytes: Int64) -> Bool {
        locked { policy.acquireStorage(bytes) }
    }

    public func releaseStorage(_ bytes: Int64) {
        guard bytes > 0 else { return }
        locked { policy.releaseStorage(bytes) }
        condition.broadcast()
    }
}
