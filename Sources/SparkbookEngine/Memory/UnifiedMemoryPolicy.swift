/// Spark's `UnifiedMemoryManager` as a pure state machine: one pool of `(heap - 300 MB) × spark.memory.fraction`
/// shared by execution (operators' hash tables, sort buffers) and storage (here: shuffle blocks kept in memory).
///
/// Execution follows Spark's `ExecutionMemoryPool.acquireMemory`: with N tasks holding or asking for memory, a
/// task may hold at most 1/N of the pool and is guaranteed 1/(2N) before it must give way (it waits while the
/// pool is short and it holds less than that). Storage only takes what execution leaves free, and execution may
/// evict any of it: Spark writes map output to disk anyway, so the engine's in-memory shuffle blocks are a cache.
///
/// No threads and no I/O: callers (`MemoryManager`) carry out evictions and waits; tests drive it tick by tick.
public struct UnifiedMemoryPolicy: Sendable, Equatable {
    /// The whole pool, execution and storage together (Spark's `maxMemory`).
    public let poolBytes: Int64
    /// Execution bytes per task that has asked for memory and not yet ended (Spark's `memoryForTask`).
    public private(set) var executionByTask: [Int: Int64] = [:]
    /// Shuffle blocks held in memory.
    public private(set) var storageBytes: Int64 = 0

    public init(poolBytes: Int64) {
        self.poolBytes = max(0, poolBytes)
    }

    public var executionBytes: Int64 { executionByTask.values.reduce(0, +) }
    public var freeBytes: Int64 { poolBytes - executionBytes - storageBytes }
    public var activeTasks: Int { executionByTask.count }

    /// What an execution request comes to.
    public enum ExecutionDecision: Sendable, Equatable {
        /// `bytes` (possibly fewer than asked, possibly 0 when the task holds its full share) are the task's now.
        case granted(Int64)
        /// Evict this many bytes of storage first, then ask again.
        case evictStorage(Int64)
        /// The task holds less than 1/(2N) and the pool is short: wait for another task to release memory.
        case wait
    }

    /// A task asks for `bytes` of execution memory (Spark's `acquireExecutionMemory`). `mayEvict` false when the
    /// storage left cannot be evicted (the caller's last eviction freed nothing).
    public mutating func acquireExecution(_ bytes: Int64, task: Int, mayEvict: Bool = true) -> ExecutionDecision {
        precondition(bytes >= 0)
        if executionByTask[task] == nil { executionByTask[task] = 0 }
        let held = executionByTask[task]!
        let n = Int64(activeTasks)
        // Storage gives way first: execution may claim what storage holds, up to what this request needs.
        let shortfall = bytes - freeBytes
        if mayEvict && shortfall > 0 && storageBytes > 0 {
            let reclaimable = min(storageBytes, max(0, poolBytes / n - held - freeBytes))
            if reclaimable > 0 { return .evictStorage(min(shortfall, reclaimable)) }
        }
        let maxPerTask = poolBytes / n
        let minPerTask = poolBytes / (2 * n)
        let toGrant = min(min(bytes, max(0, maxPerTask - held)), max(0, freeBytes))
        if toGrant < bytes && held + toGrant < minPerTask { return .wait }
        executionByTask[task] = held + toGrant
        return .granted(toGrant)
    }

    /// A task gives back execution memory it no longer holds (after a spill, or as its operator ends).
    public mutating func releaseExecution(_ bytes: Int64, task: Int) {
        guard let held = executionByTask[task] else { return }
        executionByTask[task] = max(0, held - bytes)
    }

    /// A task ended: everything it held returns to the pool and it no longer counts in N.
    @discardableResult
    public mutating func taskEnded(_ task: Int) -> Int64 {
        executionByTask.removeValue(forKey: task) ?? 0
    }

    /// Storage asks for `bytes` (a shuffle block to keep in memory): all or nothing, from free memory only.
    public mutating func acquireStorage(_ bytes: Int64) -> Bool {
        guard bytes <= freeBytes else { return false }
        storageBytes += bytes
        return true
    }

    /// Storage let go of `bytes` (blocks evicted to disk, read for the last time, or removed).
    public mutating func releaseStorage(_ bytes: Int64) {
        storageBytes = max(0, storageBytes - bytes)
    }
}
