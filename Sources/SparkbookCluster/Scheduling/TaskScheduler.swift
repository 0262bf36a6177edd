/// Runs the tasks of one stage somewhere and returns when all have succeeded (or the first has failed).
///
/// The engine plans stages and calls this; implementations decide on which executor each task runs.
public protocol TaskScheduler: Sendable {
    /// A job begins. Every stage is listed with the shuffle it writes (skipped, reused stages too), so shuffle
    /// tracking knows which map output the job needs while it runs.
    func jobStarted(jobId: Int, stages: [JobStage], description: String)
    func runStage(_ stage: StageDescriptor, task: @escaping @Sendable (TaskContext) throws -> Void) async throws
    func jobEnded(jobId: Int, succeeded: Bool)
    /// Stops launching the job's tasks; its running `runStage` throws a `JobCancelledError` promptly.
    func cancelJob(jobId: Int)
    /// Cancels every job that has started and not ended.
    func cancelAll()
    /// No job refers to the shuffle any more; the engine has freed its blocks. Spark's ContextCleaner removes
    /// the files at the driver's next GC, and shuffle tracking keeps executors holding them until then.
    func shuffleUnreferenced(_ shuffleId: Int)
    /// A cached partition is stored on an executor; `rddUnpersisted` drops every partition of one cache.
    func blockCached(executorId: String, rddId: Int, partition: Int)
    func rddUnpersisted(_ rddId: Int)
    /// Map partitions of a shuffle whose output was lost with an executor since the last call.
    func lostMapOutputs(shuffleId: Int) -> [Int]
}

extension TaskScheduler {
    public func jobStarted(jobId: Int, stages: [JobStage], description: String) {}
    public func jobEnded(jobId: Int, succeeded: Bool) {}
    /// Schedulers without their own task queue (the local thread pool) rely on Swift task cancellation instead.
    public func cancelJob(jobId: Int) {}
    public func cancelAll() {}
    public func shuffleUnreferenced(_ shuffleId: Int) {}
    public func blockCached(executorId: String, rddId: Int, partition: Int) {}
    public func rddUnpersisted(_ rddId: Int) {}
    public func lostMapOutputs(shuffleId: Int) -> [Int] { [] }
}
