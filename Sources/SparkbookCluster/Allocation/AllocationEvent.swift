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
