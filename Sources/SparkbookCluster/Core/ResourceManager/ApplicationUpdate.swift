/// What the resource manager tells one application since it last asked: executors that registered, and
/// executors it took back (preempted), which the application treats as lost.
public struct ApplicationUpdate: Hashable, Sendable {
    /// An executor whose container has started and which now registers with the driver.
    public struct Launch: Hashable, Sendable {
        public let id: String
        public let host: String
        public let cores: Int
    }

    /// An executor whose container the resource manager killed.
    public struct Preemption: Hashable, Sendable {
        public let executorId: String
        /// Spark's loss reason, as YARN reports it (`Container ... on host: ... was preempted.`).
        public let reason: String
    }

    public var launched: [Launch] = []
    public var preempted: [Preemption] = []

    public var isEmpty: Bool { launched.isEmpty && preempted.isEmpty }
}
