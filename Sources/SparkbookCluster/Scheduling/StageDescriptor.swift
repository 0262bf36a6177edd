/// What the scheduler needs to know of a stage: ids, a name for progress and logs, and its task count.
public struct StageDescriptor: Sendable, Hashable {
    public let jobId: Int
    public let stageId: Int
    public let name: String
    public let taskCount: Int
    /// Shuffles whose map output the stage writes (nil for result stages).
    public let writesShuffle: Int?
    /// Shuffles the stage reads.
    public let readsShuffles: [Int]

    public init(jobId: Int, stageId: Int, name: String, taskCount: Int, writesShuffle: Int? = nil,
                readsShuffles: [Int] = []) {
        self.jobId = jobId
        self.stageId = stageId
        self.name = name
        self.taskCount = taskCount
        self.writesShuffle = writesShuffle
        self.readsShuffles = readsShuffles
    }
}

/// Where and as what a task runs; handed to the task body.
public struct TaskContext: Sendable {
    public let stageId: Int
    public let partition: Int
    public let attempt: Int
    public let executorId: String
    /// Set when the stage is cancelled; long task bodies check it between batches.
    public let interruption: TaskInterruption

    public init(stageId: Int, partition: Int, attempt: Int, executorId: String,
                interruption: TaskInterruption = TaskInterruption()) {
        self.stageId = stageId
        self.partition = partition
        self.attempt = attempt
        self.executorId = executorId
        self.interruption = interruption
    }
}
