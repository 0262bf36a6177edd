/// An application alone on its cluster: it owns the resource manager core, so every call is a plain mutation of
/// a value. This is every run that names no shared cluster (the embedded cluster, `local-cluster`, an emulated
/// YARN or Kubernetes cluster described by a file).
public struct DedicatedResourceManager: ResourceManagerClient {
    public private(set) var manager: ResourceManager
    public let applicationId: String
    private let executorSize: Resources

    /// Starts the resource manager and submits the application.
    public init(manager: ResourceManager, name: String, queue: String, user: String, executorSize: Resources,
                executorNaming: ExecutorNaming, now: ClockTime) throws(ResourceManagerError) {
        self.manager = manager
        self.executorSize = executorSize
        self.applicationId = try self.manager.submit(name: name, queue: queue, user: user, executorSize: executorSize,
                                                     executorNaming: executorNaming, now: now)
    }

    public var capacity: Int { manager.executorsThatFit(executorSize) }
    public var desiredTotal: Int { manager.desiredTotal(of: applicationId) }
    public var waiting: Int { manager.waiting(of: applicationId) }
    public var starting: [ApplicationUpdate.Launch] { manager.starting(of: applicationId) }
    public var running: [String] { manager.running(of: applicationId) }
    public var blockedReason: String? { manager.blockedReason(of: applicationId) }
    public var nextEventTime: ClockTime { manager.nextEventTime(for: applicationId) }

    @discardableResult
    public mutating func requestTotal(_ total: Int, now: ClockTime) -> [String] {
        manager.requestTotal(total, for: applicationId, now: now)
    }

    public mutating func allocate(now: ClockTime) -> ApplicationUpdate {
        manager.advance(now: now)
        return manager.takeUpdates(for: applicationId)
    }

    public mutating func release(_ executorId: String, now: ClockTime) {
        manager.release(executor: executorId, of: applicationId, now: now)
    }

    public mutating func executorLost(_ executorId: String, now: ClockTime) {
        manager.executorLost(executorId, of: applicationId, now: now)
    }

    public mutating func report(busyExecutors: Int, pendingTasks: Int, now: ClockTime) {
        manager.report(busyExecutors: busyExecutors, pendingTasks: pendingTasks, of: applicationId, now: now)
    }

    public mutating func finish(now: ClockTime) { manager.finish(applicationId, now: now) }

    public func usageLog() -> UsageLog { manager.usage }

    public func invariantViolations() -> [String] { manager.invariantViolations() }
}
