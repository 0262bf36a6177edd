/// Everything the allocation policy listens to: the subset of Spark listener events that
/// drive `ExecutorAllocationManager` and `ExecutorMonitor`. The scheduler posts these in the
/// order they happen, each with the current clock time.
public enum AllocationEvent: Hashable, Sendable {
    case stageSubmitted(stageId: Int, attempt: Int = 0, numTasks: Int)
    case stageCompleted(stageId: Int, attempt: Int = 0)
    case speculativeTaskSubmitted(stageId: Int, attempt: Int = 0)
    case taskStarted(TaskRef)
    case taskEnded(TaskRef, TaskEndReason)
    /// Register before posting any task on the executor.
    case executorAdded(id: String)
    case executorRemoved(id: String)
    /// List every stage of the job with the shuffle it writes, skipped (reused) ones included.
    case jobStarted(jobId: Int, stages: [JobStage])
    case jobEnded(jobId: Int)
    /// A cached RDD partition was stored on an executor.
    case blockCached(executorId: String, rddId: Int, partition: Int)
    /// A cached RDD partition was evicted from an executor.
    case blockDropped(executorId: String, rddId: Int, partition: Int)
    /// `rdd.unpersist()` / `df.unpersist()`.
    case rddUnpersisted(rddId: Int)
    /// The context cleaner removed a shuffle's files.
    case shuffleCleaned(shuffleId: Int)
}

/// Identifies one task attempt for the policy.
public struct TaskRef: Hashable, Sendable {
    public var stageId: Int
    public var stageAttempt: Int
    /// The partition index within the stage (a retry of a failed task reuses it).
    public var taskIndex: Int
    public var executorId: String
    public var speculative: Bool

    public init(stageId: Int, stageAttempt: Int = 0, taskIndex: Int, executorId: String, speculative: Bool = false) {
        self.stageId = stageId
        self.stageAttempt = stageAttempt
        self.taskIndex = taskIndex
        self.executorId = executorId
        self.speculative = speculative
    }
}

/// How a task ended, as far as allocation cares.
public enum TaskEndReason: Hashable, Sendable {
    case success
    /// Will be resubmitted: counts as pending again and re-arms the backlog timer.
    case failed
    /// Intentionally killed (e.g. the speculative twin won): nothing will be resubmitted.
    case killed
}
