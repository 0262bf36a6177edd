/// What a tick (or `start`) asks the cluster to do. The scheduler carries decisions out;
/// the policy has already updated its own state as if they succeed.
public enum AllocationDecision: Hashable, Sendable {
    /// Tell the cluster manager the desired total; it starts or cancels executor requests.
    case requestTotal(TargetChange)
    /// Kill these executors. The target is unchanged; post `.executorRemoved` when each is gone.
    case removeExecutors(ExecutorRemoval)

    /// The line Spark logs for the same step.
    public var logLine: String {
        switch self {
        case .requestTotal(let change): change.logLine
        case .removeExecutors(let removal): removal.logLine
        }
    }

    public var logLevel: LogLevel {
        switch self {
        case .requestTotal(let change): change.logLevel
        case .removeExecutors: .info
        }
    }

    /// A short cause for a timeline: `+2 backlog 1s`, `-3 idle 60s`.
    public var label: String {
        switch self {
        case .requestTotal(let change): change.label
        case .removeExecutors(let removal): removal.label
        }
    }

    public enum LogLevel: String, Hashable, Sendable { case debug, info }
}
