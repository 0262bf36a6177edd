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
    /// Spark's stage attempt: 0, then 1, 2, ... when the stage is resubmitted (its map output was lost, or one
    /// of its tasks hit a fetch failure).
    public let attempt: Int
    /// The shuffle partitions (`spark.sql.shuffle.partitions`) the stage's input had before adaptive query
    /// execution coalesced them into `taskCount` tasks; nil when the stage reads them uncoalesced.
    public let shufflePartitionsBeforeCoalescing: Int?

    public init(jobId: Int, stageId: Int, name: String, taskCount: Int, writesShuffle: Int? = nil,
                readsShuffles: [Int] = [], attempt: Int = 0, shufflePartitionsBeforeCoalescing: Int? = nil) {
        self.jobId = jobId
        self.stageId = stageId
        self.name = name
        self.taskCount = taskCount
        self.writesShuffle = writesShuffle
        self.readsShuffles = readsShuffles
        self.attempt = attempt
        self.shufflePartitionsBeforeCoalescing = shufflePartitionsBeforeCoalescing
    }
}

extension StageInfo {
    /// The listener bus's view of a submitted stage attempt (what the scheduler posts when it starts and ends).
    public init(_ stage: StageDescriptor, submissionTime: Int64?, completionTime: Int64? = nil,
                failureReason: String? = nil) {
        self.init(stageId: stage.stageId, attempt: stage.attempt, name: stage.name, numTasks: stage.taskCount,
                  submissionTime: submissionTime, completionTime: completionTime, failureReason: failureReason,
                  readsShuffles: stage.readsShuffles,
                  shufflePartitionsBeforeCoalescing: stage.shufflePartitionsBeforeCoalescing)
    }
}

/// Where and as what a task runs; handed to the task body, which reports its shuffle bytes on `metrics`.
public struct TaskContext: Sendable {
    public let stageId: Int
    public let stageAttempt: Int
    public let partition: Int
    /// The task attempt (Spark's `attemptNumber`): 0, then one more for each retry of this partition.
    public let attempt: Int
    public let executorId: String
    public let metrics: TaskMetricsCollector
    /// Set when the stage is cancelled; long task bodies check it between batches.
    public let interruption: TaskInterruption

    public init(stageId: Int, stageAttempt: Int = 0, partition: Int, attempt: Int, executorId: String,
                metrics: TaskMetricsCollector = TaskMetricsCollector(),
                interruption: TaskInterruption = TaskInterruption()) {
        self.stageId = stageId
        self.stageAttempt = stageAttempt
        self.partition = partition
        self.attempt = attempt
        self.executorId = executorId
        self.metrics = metrics
        self.interruption = interruption
    }
}
