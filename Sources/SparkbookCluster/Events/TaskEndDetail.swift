/// Why a task ended, in the words of Spark's `TaskEndReason`.
public enum TaskEndDetail: Hashable, Sendable {
    case success
    case exceptionFailure(className: String, description: String)
    case killed(reason: String)
    /// The executor went away under the task; `causedByApp` false means it does not count toward
    /// `spark.task.maxFailures`.
    case executorLost(executorId: String, causedByApp: Bool, reason: String)
    /// Map output the task needed was gone (lost with `executorId`).
    case fetchFailed(executorId: String, host: String, shuffleId: Int, mapIndex: Int, reduceId: Int, message: String)

    /// The port in block-manager addresses. Sparkbook's executors serve no network port, but Spark's
    /// `BlockManagerId` (which the History Server rebuilds from the log) requires a positive one.
    public static let blockManagerPort = 7079

    /// Spark's `toErrorString`, used in failure messages.
    public var errorString: String {
        switch self {
        case .success: "Success"
        case let .exceptionFailure(className, description): "\(className): \(description)"
        case .killed(let reason): "TaskKilled (\(reason))"
        case let .executorLost(id, causedByApp, reason):
            "ExecutorLostFailure (executor \(id) exited "
                + (causedByApp ? "caused by one of the running tasks" : "unrelated to the running tasks")
                + ") Reason: \(reason)"
        case let .fetchFailed(id, host, shuffleId, mapIndex, reduceId, message):
            "FetchFailed(BlockManagerId(\(id), \(host), \(Self.blockManagerPort), None), shuffleId=\(shuffleId), mapIndex=\(mapIndex), "
                + "mapId=\(mapIndex), reduceId=\(reduceId), message=\n\(message)\n)"
        }
    }
}
