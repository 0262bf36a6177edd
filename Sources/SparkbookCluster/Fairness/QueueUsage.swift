/// One queue's share of the cluster over time against its guarantee, from a `UsageLog`.
public struct QueueUsage: Hashable, Sendable {
    /// The queue's share, and whether it had demand, from `time` until the next step.
    public struct ShareStep: Hashable, Sendable {
        public var time: ClockTime
        public var share: Double
        public var demand: Bool
    }

    /// The longest stretch the queue was starved, and when it began.
    public struct Starvation: Hashable, Sendable {
        public var start: ClockTime
        public var millis: Int64
    }

    public var name: String
    /// `capacity` as a fraction of the cluster (0.5 for 50 %); 0 for a queue the log's description lacks.
    public var guarantee: Double
    /// `maximum-capacity` as a fraction (1 for 100 %).
    public var maximum: Double
    /// The queue's applications' granted resources over the cluster's, with the log's calculator (memory, or the
    /// dominant share), as a step series from the log's first instant; a step only where the share or the demand
    /// changes.
    public var shareOverTime: [ShareStep]
    /// Time during which the queue had demand: its running applications held or asked for executors
    /// (`granted + waiting > 0`).
    public var demandMillis: Int64
    /// The share averaged over the time the queue had demand; nil when it never had any.
    public var averageShareWithDemand: Double?
    /// The share over its entitlement, capped at 1, averaged over the time the queue had demand (what Jain's index
    /// compares; see `FairnessReport`); nil when it had no demand or no guarantee.
    public var normalisedShare: Double?
    /// The longest contiguous time the queue had pending tasks while its share was below its entitlement
    /// (min(guarantee, what it asked)); nil when that never happened.
    public var longestStarvation: Starvation?
}
