/// What one application's scheduler sees of the resource manager, as Spark's driver sees YARN through its
/// `AMRMClient` or Kubernetes through the API server: it asks for a total of executors, collects the executors
/// that registered and those taken back, gives idle ones back and reports lost ones. The application alone
/// (`DedicatedResourceManager`), neighbours sharing one core in a process (`SharedResourceManagerClient`) and
/// a `sparkbook cluster` service are the implementations; the application scheduler cannot tell them apart.
public protocol ResourceManagerClient: Sendable {
    /// The application's id at the resource manager (`application_..._0001`).
    var applicationId: String { get }
    /// Executors of this application's size the cluster holds at once.
    var capacity: Int { get }
    var desiredTotal: Int { get }
    /// Requests not granted yet.
    var waiting: Int { get }
    /// Granted executors still starting, in grant order.
    var starting: [ApplicationUpdate.Launch] { get }
    /// Registered executors the resource manager holds for the application.
    var running: [String] { get }
    /// Why requests cannot be granted, when the user must change something (an executor that fits no node).
    var blockedReason: String? { get }
    /// The next instant something changes for the application by itself (`.never` if nothing is due).
    var nextEventTime: ClockTime { get }

    /// Spark's `requestTotalExecutors`; returns the ids of starting executors cancelled (none: starting ones come up).
    @discardableResult
    mutating func requestTotal(_ total: Int, now: ClockTime) -> [String]
    /// Runs what is due at `now` and returns what happened to the application since it last asked.
    mutating func allocate(now: ClockTime) -> ApplicationUpdate
    /// The driver killed an idle executor.
    mutating func release(_ executorId: String, now: ClockTime)
    /// The executor was lost (or preempted): replacements are requested up to the desired total.
    mutating func executorLost(_ executorId: String, now: ClockTime)
    /// Executors running tasks and tasks waiting, for the fairness figures.
    mutating func report(busyExecutors: Int, pendingTasks: Int, now: ClockTime)
    /// The application ended: everything it held goes back.
    mutating func finish(now: ClockTime)
    /// What the resource manager handed out so far (all applications it knows).
    func usageLog() -> UsageLog
    /// The log with the instant `now` of the application's clock read on the log's own clock (the same clock in
    /// process; the service's for a remote resource manager), so figures end where the log does.
    func usageLog(at now: ClockTime) -> (log: UsageLog, now: ClockTime)
    /// Broken invariants of the resource manager's state (empty when consistent or not visible from here).
    func invariantViolations() -> [String]
    /// Why the resource manager can no longer be reached (a `sparkbook cluster` service that went away); the
    /// runtime fails running stages and new ones with it. Nil while it can.
    var failure: (any Error)? { get }
}

extension ResourceManagerClient {
    /// A resource manager in this process is never lost.
    public var failure: (any Error)? { nil }
}

extension ResourceManagerClient {
    /// In process, the application's clock is the resource manager's.
    public func usageLog(at now: ClockTime) -> (log: UsageLog, now: ClockTime) { (usageLog(), now) }
}
