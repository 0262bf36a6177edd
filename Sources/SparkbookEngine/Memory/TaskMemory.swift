import SparkbookCluster

/// One task attempt's view of the session's memory: its share of the execution pool, and where its spills are
/// counted (the task's `Memory Bytes Spilled` / `Disk Bytes Spilled`).
public struct TaskMemory: Sendable {
    public let manager: MemoryManager
    public let task: Int
    public let metrics: TaskMetricsCollector?

    public init(manager: MemoryManager, metrics: TaskMetricsCollector?) {
        self.manager = manager
        self.task = manager.newTask()
        self.metrics = metrics
    }

    public var spillDirectory: SpillDirectory { manager.spillDirectory }

    /// Makes `consumer`'s reservation cover `bytes` past the spill threshold it holds unaccounted
    /// (`ExecutionMemorySettings.spillThreshold`); when the task's share cannot, the consumer spills (if it
    /// holds anything) and gives back what it held. Returns whether it spilled.
    @discardableResult
    public func reserve<C: MemoryConsumer>(_ bytes: Int64, for consumer: inout C) throws -> Bool {
        let needed = bytes - manager.settings.spillThreshold - consumer.reservedBytes
        guard needed > 0 else { return false }
        let granted = manager.acquireExecution(needed, task: task)
        consumer.reservedBytes += granted
        guard granted < needed else { return false }
        let size = try consumer.spill()
        // Nothing to spill (an empty or unspillable state): it keeps what it was granted and carries on.
        guard size != SpillSize(memoryBytes: 0, diskBytes: 0) else { return false }
        metrics?.spilled(memoryBytes: size.memoryBytes, diskBytes: size.diskBytes)
        release(&consumer)
        return true
    }

    /// Whether `consumer` may hold `bytes`: its reservation and the spill threshold cover them.
    public func covers<C: MemoryConsumer>(_ bytes: Int64, for consumer: C) -> Bool {
        consumer.reservedBytes + manager.settings.spillThreshold >= bytes
    }

    /// Whether `bytes` of operator state fit within the task's share of the pool (the pool over the running tasks,
    /// the most Spark grants one task), so the operator may hold them whole rather than take its external path.
    public func fits(_ bytes: Int64) -> Bool {
        let pool = manager.snapshot
        return bytes <= pool.poolBytes / Int64(max(1, pool.activeTasks))
    }

    /// The consumer's reservation returns to the pool (it spilled, or its operator finished).
    public func release<C: MemoryConsumer>(_ consumer: inout C) {
        manager.releaseExecution(consumer.reservedBytes, task: task)
        consumer.reservedBytes = 0
    }

    /// The task ended: whatever it still holds returns to the pool.
    public func end() {
        manager.taskEnded(task)
    }
}
