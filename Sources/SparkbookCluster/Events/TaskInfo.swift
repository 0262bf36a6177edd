/// One task attempt: where it ran and when.
public struct TaskInfo: Hashable, Sendable {
    public var taskId: Int
    /// The partition index within the stage.
    public var index: Int
    public var attempt: Int
    public var launchTime: Int64
    public var executorId: String
    public var host: String
    /// 0 while running.
    public var finishTime: Int64
    public var failed: Bool
    public var killed: Bool

    public init(taskId: Int, index: Int, attempt: Int = 0, launchTime: Int64, executorId: String, host: String,
                finishTime: Int64 = 0, failed: Bool = false, killed: Bool = false) {
        self.taskId = taskId
        self.index = index
        self.attempt = attempt
        self.launchTime = launchTime
        self.executorId = executorId
        self.host = host
        self.finishTime = finishTime
        self.failed = failed
        self.killed = killed
    }
}
