/// The fairness figures of a `UsageLog`'s samples that were folded away (`UsageLog.fold(before:)`), so that a
/// long-running service keeps a bounded log and `FairnessReport` still measures from the log's first instant: it
/// starts each application's and queue's sums from these totals and integrates the samples from `until` on.
public struct UsageTotals: Hashable, Sendable {
    /// One application's integrals up to `until`.
    public struct Application: Hashable, Sendable {
        public var grantedExecutorMillis: Int64 = 0
        public var busyExecutorMillis: Int64 = 0
        public var waitingMillis: Int64 = 0
    }

    /// One queue's sums up to `until`, including a starvation stretch still running then (it may go on after).
    public struct Queue: Hashable, Sendable {
        public var demandMillis: Int64 = 0
        /// ∫ share dt over the time with demand.
        public var shareMillis = 0.0
        /// ∫ min(1, share / entitlement) dt over the time with demand (what Jain's index compares).
        public var normalisedMillis = 0.0
        public var runningStarvation: QueueUsage.Starvation?
        public var longestStarvation: QueueUsage.Starvation?
    }

    /// Everything before this instant is summed here; the log's samples start at it.
    public var until: ClockTime
    /// By application id.
    public var applications: [String: Application] = [:]
    /// By queue name.
    public var queues: [String: Queue] = [:]
}
