import Foundation
import Synchronization

/// An application's handle on a `sparkbook cluster` service: the `ResourceManagerClient` the application's
/// scheduler talks to, over one connection. Calls never wait for the service (the scheduler makes them under its
/// lock): requests are sent and forgotten, and reads come from a cache that a reader thread keeps up to date with
/// the service's `update` messages (launches and preemptions queue up for the next `allocate`). A heartbeat
/// thread proves the application is alive every second; when the connection ends, `failure` says why.
public struct RemoteResourceManagerClient: ResourceManagerClient {
    final class Connection: Sendable {
        struct Cache {
            var desiredTotal = 0
            var waiting = 0
            var starting: [ApplicationUpdate.Launch] = []
            var running: [String] = []
            var blockedReason: String?
            var pending = ApplicationUpdate()
            var lastReport: (busy: Int, pending: Int)?
            var failure: ClusterServiceError?
            var finished = false
            /// The service's usage log, as last fetched, and the service's clock then.
            var usage: (log: UsageLog, now: ClockTime)?
        }

        let link: ServiceLink
        let cache = Mutex(Cache())
        let heartbeatStop = DispatchSemaphore(value: 0)
        private let usageArrived = DispatchSemaphore(value: 0)

        init(link: ServiceLink) { self.link = link }

        func start() {
            let reader = Thread { [self] in readLoop() }
            reader.name = "cluster-service-reader"
            reader.start()
            let heartbeat = Thread { [self] in
                while heartbeatStop.wait(timeout: .now() + RemoteResourceManagerClient.heartbeatInterval) == .timedOut {
                    send(ServiceMessage.line("heartbeat"))
                }
            }
            heartbeat.name = "cluster-service-heartbeat"
            heartbeat.start()
        }

        func send(_ line: String) {
            guard !link.socket.send(line) else { return }
            noteLost("the connection closed")
        }

        private func readLoop() {
            while let line = link.socket.readLine() {
                guard let message = ServiceMessage(line: line) else { continue }
                if message.type == "update" { apply(message) }
                if message.type == "usage", let log = UsageLog(wire: message.json("log")) {
                    cache.withLock { $0.usage = (log, ClockTime(milliseconds: Int64(message.int("now") ?? 0))) }
                    usageArrived.signal()
                }
            }
            noteLost("the connection closed")
            heartbeatStop.signal()
            usageArrived.signal()
        }

        /// Asks the service for its usage log (every tenant's grants) and waits for it a few seconds at most.
        func fetchUsage() -> (log: UsageLog, now: ClockTime)? {
            guard cache.withLock({ $0.failure == nil && !$0.finished }) else { return cache.withLock { $0.usage } }
            send(ServiceMessage.line("usage"))
            _ = usageArrived.wait(timeout: .now() + .seconds(5))
            return cache.withLock { $0.usage }
        }

        private func noteLost(_ reason: String) {
            cache.withLock { c in
                if !c.finished && c.failure == nil { c.failure = .lost(master: link.master, reason: reason) }
            }
        }

        private func apply(_ message: ServiceMessage) {
            func launches(_ key: String) -> [ApplicationUpdate.Launch] {
                (message.objects(key) ?? []).compactMap { object in
                    guard let id = object["id"] as? String, let host = object["host"] as? String,
                          let cores = object["cores"] as? Int else { return nil }
                    return ApplicationUpdate.Launch(id: id, host: host, cores: cores)
                }
            }
            let launched = launches("launched")
            let preempted = (message.objects("preempted") ?? []).compactMap { object -> ApplicationUpdate.Preemption? in
                guard let id = object["executor"] as? String else { return nil }
                return ApplicationUpdate.Preemption(executorId: id, reason: object["reason"] as? String ?? "")
            }
            let starting = launches("starting")
            let running = (message.fields["running"] as? [String]) ?? []
            cache.withLock { c in
                c.pending.launched += launched
                c.pending.preempted += preempted
                c.desiredTotal = message.int("desiredTotal") ?? c.desiredTotal
                c.waiting = message.int("waiting") ?? c.waiting
                c.starting = starting
                c.running = running
                c.blockedReason = message.string("blockedReason")
            }
        }

        func close() {
            cache.withLock { $0.finished = true }
            heartbeatStop.signal()
            link.close()
        }
    }

    /// Clients heartbeat this often; the service drops one silent for three times as long.
    static let heartbeatInterval = DispatchTimeInterval.seconds(1)

    public let applicationId: String
    public let capacity: Int
    /// The service's executor start-up time, for the application's profile.
    public let executorStartupMillis: Int
    let connection: Connection

    /// Joins the service: authenticates, submits the application (a wrong queue is refused here, with the
    /// resource manager's message, as YARN refuses a submission) and starts the reader and heartbeat threads.
    public init(link: ServiceLink, submission: ResourceManagerConnection.Submission) throws {
        let reply: ServiceMessage
        do {
            reply = try link.request(ServiceMessage.line("submit", [
                ("name", .string(submission.appName)), ("queue", .string(submission.queue)),
                ("user", .string(submission.user)), ("vcores", .int(submission.executorSize.vcores)),
                ("memoryMiB", .int(submission.executorSize.memoryMiB)),
            ]), errorsAnswer: true)
        } catch {
            link.close()
            throw error
        }
        guard reply.type == "submitted", let id = reply.string("applicationId") else {
            link.close()
            if reply.string("code") == ResourceManagerError.Code.unknownQueue.rawValue {
                throw ResourceManagerError(code: .unknownQueue, message: reply.string("message") ?? "unknown queue")
            }
            throw ClusterServiceError.malformed(reply.string("message") ?? "\(link.master) answered the submission with \(reply.type)")
        }
        applicationId = id
        capacity = reply.int("capacity") ?? 0
        executorStartupMillis = reply.int("executorStartupMillis") ?? link.executorStartupMillis
        connection = Connection(link: link)
        connection.start()
    }

    public var desiredTotal: Int { connection.cache.withLock { $0.desiredTotal } }
    public var waiting: Int { connection.cache.withLock { $0.waiting } }
    public var starting: [ApplicationUpdate.Launch] { connection.cache.withLock { $0.starting } }
    public var running: [String] { connection.cache.withLock { $0.running } }
    public var blockedReason: String? { connection.cache.withLock { $0.blockedReason } }
    /// The service pushes what happens; the runtime's 100 ms round picks it up.
    public var nextEventTime: ClockTime { .never }
    public var failure: (any Error)? { connection.cache.withLock { $0.failure } }

    @discardableResult
    public mutating func requestTotal(_ total: Int, now: ClockTime) -> [String] {
        connection.cache.withLock { $0.desiredTotal = max(0, total) }
        connection.send(ServiceMessage.line("requestTotal", [("total", .int(max(0, total)))]))
        // The service cancels requests not yet granted only; starting containers still come up.
        return []
    }

    public mutating func allocate(now: ClockTime) -> ApplicationUpdate {
        connection.cache.withLock { c in
            defer { c.pending = ApplicationUpdate() }
            return c.pending
        }
    }

    public mutating func release(_ executorId: String, now: ClockTime) {
        connection.cache.withLock { $0.running.removeAll { $0 == executorId } }
        connection.send(ServiceMessage.line("release", [("executor", .string(executorId))]))
    }

    public mutating func executorLost(_ executorId: String, now: ClockTime) {
        connection.cache.withLock { $0.running.removeAll { $0 == executorId } }
        connection.send(ServiceMessage.line("lost", [("executor", .string(executorId))]))
    }

    /// Sent only when the counts change (the runtime reports every round).
    public mutating func report(busyExecutors: Int, pendingTasks: Int, now: ClockTime) {
        let changed = connection.cache.withLock { c -> Bool in
            if let last = c.lastReport, last == (busyExecutors, pendingTasks) { return false }
            c.lastReport = (busyExecutors, pendingTasks)
            return true
        }
        guard changed else { return }
        connection.send(ServiceMessage.line("report", [("busy", .int(busyExecutors)), ("pending", .int(pendingTasks))]))
    }

    /// Fetches the service's usage log first (with this application ending at the service's now), so that the
    /// run's fairness figures still have it once the connection is gone.
    public mutating func finish(now: ClockTime) {
        if var usage = connection.fetchUsage() {
            let id = applicationId
            if let index = usage.log.applications.firstIndex(where: { $0.id == id }) {
                usage.log.applications[index].finishedAt = usage.now
            }
            usage.log.samples.append(.init(time: usage.now, applicationId: id, granted: 0, grantedResources: .zero,
                                           waiting: 0, busyExecutors: 0, pendingTasks: 0))
            connection.cache.withLock { $0.usage = usage }
        }
        connection.send(ServiceMessage.line("finish"))
        connection.close()
    }

    /// Every tenant's grants as the service recorded them (its clock): fetched now, or as kept at the end.
    public func usageLog() -> UsageLog {
        connection.fetchUsage()?.log ?? UsageLog(clusterResources: .zero, calculator: .memory, queues: [])
    }

    /// The service's log and its clock's time now (fetched, or as kept when the application finished).
    public func usageLog(at now: ClockTime) -> (log: UsageLog, now: ClockTime) {
        connection.fetchUsage() ?? (usageLog(), now)
    }

    /// The service checks its own invariants.
    public func invariantViolations() -> [String] { [] }
}
