/// A task attempt the core placed on an executor slot: identifiers only. The live driver pairs it with the
/// stage's body and runs it on the executor's threads; the simulator pairs it with a synthetic duration.
struct TaskPlacement: Hashable, Sendable {
    let taskId: Int
    let runId: Int
    let jobId: Int
    let stageId: Int
    let partition: Int
    /// Task attempt number (retries of this partition) and the stage attempt it belongs to.
    let attempt: Int
    let stageAttempt: Int
    let executorId: String
    let host: String
    let launchTime: ClockTime
    /// The shuffle the task writes, nil for a result task.
    let writesShuffle: Int?

    /// Spark's class name for the task: `ShuffleMapTask` or `ResultTask`.
    var taskType: String { writesShuffle == nil ? "ResultTask" : "ShuffleMapTask" }
}
