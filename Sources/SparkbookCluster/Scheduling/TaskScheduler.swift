/// Runs the tasks of one stage somewhere and returns when all have succeeded (or the first has failed).
///
/// The engine plans stages and calls this; implementations decide on which executor each task runs.
public protocol TaskScheduler: Sendable {
    func jobStarted(jobId: Int, stageIds: [Int], description: String)
    func runStage(_ stage: StageDescriptor, task: @escaping @Sendable (TaskContext) throws -> Void) async throws
    func jobEnded(jobId: Int, succeeded: Bool)
}

extension TaskScheduler {
    public func jobStarted(jobId: Int, stageIds: [Int], description: String) {}
    public func jobEnded(jobId: Int, succeeded: Bool) {}
}
