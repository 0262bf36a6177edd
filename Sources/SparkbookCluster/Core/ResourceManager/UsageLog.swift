/// What a resource manager handed out over time, kept so that fairness can be measured after the fact (per
/// application executor-seconds, waits, queue shares against guarantees, Jain's index) and shown live by
/// `cluster status`. A step function: each sample holds one application's state from its time until that
/// application's next sample.
public struct UsageLog: Hashable, Sendable {
    /// An application as the resource manager knows it.
    public struct Application: Hashable, Sendable {
        /// YARN-style id, `application_<cluster start>_0001`.
        public var id: String
        /// The application's name (`spark.app.name`, a neighbour team's name).
        public var name: String
        public var queue: String
        public var user: String
        public var submittedAt: ClockTime
        /// When it unregistered, finished or was declared lost; nil while it runs.
        public var finishedAt: ClockTime?
        /// One executor container's resources, so that requests not yet granted (`waiting`) can be measured
        /// against a queue's guarantee; nil when unknown (fairness then takes it from a granted sample).
        public var executorResources: Resources? = nil
    }

    /// One application's state from `time` on.
    public struct Sample: Hashable, Sendable {
        public var time: ClockTime
        public var applicationId: String
        /// Executor containers granted (starting or running).
        public var granted: Int
        /// Their resources.
        public var grantedResources: Resources
        /// Requests the resource manager has not granted yet.
        public var waiting: Int
        /// Executors running at least one task, as the application last reported.
        public var busyExecutors: Int
        /// Tasks queued and not running, as the application last reported.
        public var pendingTasks: Int
    }

    /// One decision worth listing (`cluster status` shows the recent ones).
    public struct Decision: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            case granted, released, lost, preemptionMarked = "marked for preemption", preempted, refused
            /// A queue must give back, but each of its containers is larger than a round may take.
            case preemptionStalled = "preemption stalled"
        }
        public var time: ClockTime
        public var kind: Kind
        public var applicationId: String
        public var queue: String
        public var executorId: String?
        public var host: String?
        /// Why, when it is not obvious (a refusal's reason, the queue that needed the preempted container).
        public var detail: String?
    }

    public var clusterResources: Resources
    public var calculator: ResourceCalculator
    /// The queues with their guarantees and maxima, in description order.
    public var queues: [QueueDescription]
    public var applications: [Application] = []
    /// In time order. A long-running service folds the old ones into `folded` (`fold(before:)`).
    public var samples: [Sample] = []
    /// The fairness sums of samples folded away, from the log's first instant to `folded.until`; nil when none.
    public var folded: UsageTotals? = nil
    /// In time order.
    public var decisions: [Decision] = []

    public init(clusterResources: Resources, calculator: ResourceCalculator, queues: [QueueDescription]) {
        self.clusterResources = clusterResources
        self.calculator = calculator
        self.queues = queues
    }
}
