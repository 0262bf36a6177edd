/// Which resource manager a session's application joins: its own (the default), or one shared with other
/// applications, in process (neighbour teams) or in a `sparkbook cluster` service. A factory rather than a
/// client, because the application's name, user, executor size and start time are only known when the
/// runtime starts.
public struct ResourceManagerConnection: Sendable {
    /// What the application asks the resource manager to admit it with.
    public struct Submission: Sendable {
        public var appName: String
        public var queue: String
        public var user: String
        public var executorSize: Resources
        public var executorNaming: ExecutorNaming
        public var timeScale: TimeScale
        public var now: ClockTime
    }

    public let connect: @Sendable (Submission) throws -> any ResourceManagerClient
    /// The clock of a shared resource manager kept in this process: its times are on that clock, so a session
    /// joining it must run on it too. Nil: the session keeps its own.
    public let clock: (any Clock)?

    public init(clock: (any Clock)? = nil,
                connect: @escaping @Sendable (Submission) throws -> any ResourceManagerClient) {
        self.clock = clock
        self.connect = connect
    }

    /// Joins an in-process shared resource manager whose times are on `clock`.
    public static func shared(_ manager: SharedResourceManager, clock: (any Clock)? = nil) -> ResourceManagerConnection {
        ResourceManagerConnection(clock: clock) { submission in
            try manager.client(name: submission.appName, queue: submission.queue, user: submission.user,
                               executorSize: submission.executorSize, executorNaming: submission.executorNaming,
                               now: submission.now)
        }
    }
}
