import Synchronization

/// What one task attempt measured, as Spark's `TaskMetrics` in the event log: run time, the bytes and records it
/// read from input files (scan tasks, Spark's `inputMetrics`), and the shuffle bytes and records it wrote (map
/// tasks) or read (tasks after a shuffle).
public struct TaskMetrics: Hashable, Sendable {
    public var runTimeMillis: Int64 = 0
    public var shuffleBytesWritten: Int64 = 0
    public var shuffleRecordsWritten: Int64 = 0
    public var shuffleBytesRead: Int64 = 0
    public var shuffleRecordsRead: Int64 = 0
    public var inputBytesRead: Int64 = 0
    public var inputRecordsRead: Int64 = 0
    /// Spark's `Memory Bytes Spilled` (the in-memory size of state moved to disk) and `Disk Bytes Spilled` (the
    /// bytes of the spill files) when an operator could not get more memory.
    public var memoryBytesSpilled: Int64 = 0
    public var diskBytesSpilled: Int64 = 0

    public init(runTimeMillis: Int64 = 0, shuffleBytesWritten: Int64 = 0, shuffleRecordsWritten: Int64 = 0,
                shuffleBytesRead: Int64 = 0, shuffleRecordsRead: Int64 = 0, inputBytesRead: Int64 = 0,
                inputRecordsRead: Int64 = 0, memoryBytesSpilled: Int64 = 0, diskBytesSpilled: Int64 = 0) {
        self.runTimeMillis = runTimeMillis
        self.shuffleBytesWritten = shuffleBytesWritten
        self.shuffleRecordsWritten = shuffleRecordsWritten
        self.shuffleBytesRead = shuffleBytesRead
        self.shuffleRecordsRead = shuffleRecordsRead
        self.inputBytesRead = inputBytesRead
        self.inputRecordsRead = inputRecordsRead
        self.memoryBytesSpilled = memoryBytesSpilled
        self.diskBytesSpilled = diskBytesSpilled
    }
}

/// Where a running task body adds what it read from input files and wrote to and read from the shuffle; the
/// scheduler reads it when the task ends and reports it in the task-end event.
public final class TaskMetricsCollector: Sendable {
    private let storage = Mutex(TaskMetrics())

    public init() {}

    public func shuffleWritten(bytes: Int, records: Int) {
        storage.withLock { $0.shuffleBytesWritten += Int64(bytes); $0.shuffleRecordsWritten += Int64(records) }
    }

    public func shuffleRead(bytes: Int, records: Int) {
        storage.withLock { $0.shuffleBytesRead += Int64(bytes); $0.shuffleRecordsRead += Int64(records) }
    }

    /// Bytes and records a scan read from its input split (`bytes` 0 when only the records are known).
    public func inputRead(bytes: Int, records: Int) {
        storage.withLock { $0.inputBytesRead += Int64(bytes); $0.inputRecordsRead += Int64(records) }
    }

    /// An operator spilled: `memoryBytes` of its in-memory state went to `diskBytes` of spill files.
    public func spilled(memoryBytes: Int64, diskBytes: Int64) {
        storage.withLock { $0.memoryBytesSpilled += memoryBytes; $0.diskBytesSpilled += diskBytes }
    }

    public var snapshot: TaskMetrics { storage.withLock { $0 } }
}
