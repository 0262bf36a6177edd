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
