import Synchronization

/// One resource manager core shared by several applications in one process (the classroom's neighbour teams
/// beside the user's notebook, the cluster service's applications), behind one lock. Applications hold a
/// `SharedResourceManagerClient`; the lock is only ever taken after an application's own, never the other way.
public final class SharedResourceManager: Sendable {
    private let state: Mutex<ResourceManager>

    public init(_ manager: sending ResourceManager) {
        self.state = Mutex(manager)
    }

    public func withLock<Result: Sendable>(_ body: (inout ResourceManager) throws -> Result) rethrows -> Result {
        try state.withLock { manager in
            let result = try body(&manager)
            #if SPARKBOOK_INTERNAL_CHECKS
            manager.checkInvariants()
            #endif
            return result
        }
    }

    /// Submits an application and returns its client.
    public func client(name: String, queue: String, user: String, executorSize: Resources,
                       executorNaming: ExecutorNaming, now: ClockTime) throws(ResourceManagerError)
        -> SharedResourceManagerClient {
        let result: Result<String, ResourceManagerError> = withLock { manager in
            do throws(ResourceManagerError) {
                return .success(try manager.submit(name: name, queue: queue, user: user, executorSize: executorSize,
                                                   executorNaming: executorNaming, now: now))
            } catch {
                return .failure(error)
            }
        }
        return SharedResourceManagerClient(manager: self, applicationId: try result.get(), executorSize: executorSize)
    }
}

/// An application's handle on a `SharedResourceManager`.
public struct SharedResourceManagerClient: ResourceManagerClient {
    public let manager: SharedResourceManager
    public let applicationId: String
    let executorSize: Resources

    public var capacity: Int { manager.withLock { $0.executorsThatFit(executorSize) } }
    public var desiredTotal: Int { manager.withLock { $0.desiredTotal(of: applicationId) } }
    public var waiting: Int { manager.withLock { $0.waiting(of: applicationId) } }
    public var starting: [ApplicationUpdate.Launch] { manager.withLock { $0.starting(of: applicationId) } }
    public var running: [String] { manager.withLock { $0.running(of: applicationId) } }
    public var blockedReason: String? { manager.withLock { $0.blockedReason(of: applicationId) } }
    public var nextEventTime: ClockTime { manager.withLock { $0.nextEventTime(for: applicationId) } }

    @discardableResult
    public mutating func requestTotal(_ total: Int, now: ClockTime) -> [String] {
        let id = applicationId
        return manager.withLock { $0.requestTotal(total, for: id, now: now) }
    }

    public mutating func allocate(now: ClockTime) -> ApplicationUpdate {
        let id = applicationId
        return manager.withLock { manager in
            manager.advance(now: now)
            return manager.takeUpdates(for: id)
        }
    }

    public mutating func release(_ executorId: String, now: ClockTime) {
        let id = applicationId
        manager.withLock { $0.release(executor: executorId, of: id, now: now) }
    }

    public mutating func executorLost(_ executorId: String, now: ClockTime) {
        let id = applicationId
        manager.withLock { $0.executorLost(executorId, of: id, now: now) }
    }

    public mutating func report(busyExecutors: Int, pendingTasks: Int, now: ClockTime) {
        let id = applicationId
        manager.withLock { $0.report(busyExecutors: busyExecutors, pendingTasks: pendingTasks, of: id, now: now) }
    }

    public mutating func finish(now: ClockTime) {
        let id = applicationId
        manager.withLock { $0.finish(id, now: now) }
    }

    public func usageLog() -> UsageLog { manager.withLock { $0.usage } }

    /// Checked by the shared manager itself after every call.
    public func invariantViolations() -> [String] { [] }
}
