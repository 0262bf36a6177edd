/// What one application was granted and did with it, from a `UsageLog` up to a report's end time.
public struct ApplicationUsage: Hashable, Sendable {
    public var id: String
    public var name: String
    public var queue: String
    public var user: String
    /// Executor-milliseconds granted: the integral of `granted` over the application's life.
    public var grantedExecutorMillis: Int64
    /// Executor-milliseconds busy: the integral of `busyExecutors`.
    public var busyExecutorMillis: Int64
    /// Time with tasks pending (`pendingTasks > 0`) while executor requests were not granted (`waiting > 0`).
    public var waitingMillis: Int64
    /// From submission to finish, or to the report's end when it was still running then.
    public var completionMillis: Int64
    /// True when the application had not finished by the report's end (its completion time is a lower bound).
    public var stillRunning: Bool

    /// Busy over granted executor time; nil when nothing was granted.
    public var utilisation: Double? {
        grantedExecutorMillis > 0 ? Double(busyExecutorMillis) / Double(grantedExecutorMillis) : nil
    }
}
