import Foundation
import Synchronization

/// `sparkbook cluster start`: one resource manager core (`SharedResourceManager`) that applications on this
/// machine join over TCP on loopback (`sparkbook://127.0.0.1:PORT`). It advances the core on its own system clock
/// every 100 ms, so grants, start-ups and preemptions happen without clients polling, pushes each application's
/// launches and state to it, and reports every decision through `log` (one line each, with the time). Its usage
/// log keeps at most `UsageLog.retainedSamples` samples (plus one tick's), older ones folded into totals.
///
/// Threads, not an event loop (see `ServiceSocket`): one accepts, one ticks, one per connection reads. A
/// connection that closes or stays silent past the heartbeat timeout finishes its application as lost, so its
/// containers go back at once; a malformed message ends that connection only.
public final class ClusterService: Sendable {
    public struct Options: Sendable {
        public var host = "127.0.0.1"
        /// 0 takes any free port.
        public var port = ClusterService.defaultPort
        public var tokenDirectory = ServiceToken.defaultDirectory
        /// Clients heartbeat every second; one silent this long is lost.
        public var heartbeatTimeout = ClockDuration.seconds(3)
        /// One line per decision (grant, release, loss, preemption, refusal) and per application arriving or leaving.
        public var log: @Sendable (String) -> Void = { _ in }

        public init() {}
    }

    /// Spark's standalone master listens on 7077; the service takes the port beside Spark's range.
    public static let defaultPort = 7177
    /// How often the service advances its resource manager (Spark's allocation round).
    public static let tickInterval = ClockDuration.milliseconds(100)

    public let host: String
    public let port: Int
    public let manager: SharedResourceManager
    let options: Options
    let clock = SystemClock()
    /// Wall-clock milliseconds at the service clock's zero.
    let wallOrigin: Int64
    let token: ServiceToken
    private let listener: ServiceSocket
    private let state = Mutex(State())
    private let finished = DispatchGroup()

    struct State {
        var sessions: [Int: ServiceSession] = [:]
        var nextSession = 1
        var stopped = false
        /// `decisionCount` of the resource manager already logged.
        var loggedDecisions = 0
    }

    public var master: String { MasterURL.service(host: host, port: port).description }
    public var tokenPath: String { token.path }

    /// Binds (loopback only), writes the token and starts serving.
    public init(description: ClusterDescription, options: Options = Options()) throws(ClusterServiceError) {
        let (listener, port) = try ServiceSocket.listen(host: options.host, port: options.port)
        self.listener = listener
        self.host = options.host == "localhost" ? "127.0.0.1" : options.host
        self.port = port
        self.options = options
        let wall = Int64(Date().timeIntervalSince1970 * 1000)
        self.wallOrigin = wall
        self.manager = SharedResourceManager(ResourceManager(description: description, clusterTimestamp: wall))
        do {
            self.token = try ServiceToken.create(directory: options.tokenDirectory, port: port)
        } catch {
            listener.close()
            throw error
        }
        finished.enter()
        startThread("cluster-accept") { [self] in acceptLoop() }
        startThread("cluster-tick") { [self] in tickLoop() }
    }

    /// Blocks until the service stops (`stop()`, `cluster stop`, Ctrl-C).
    public func wait() { finished.wait() }

    /// Stops serving: connections close (their applications see the service go), the token file is removed.
    public func stop() {
        let sessions = state.withLock { s -> [ServiceSession]? in
            guard !s.stopped else { return nil }
            s.stopped = true
            return Array(s.sessions.values)
        }
        guard let sessions else { return }
        listener.shutdownBoth()
        listener.close()
        for session in sessions { session.socket.shutdownBoth() }
        token.remove()
        options.log("\(timestamp(clock.now)) stopped \(master)")
        finished.leave()
    }

    /// Queues, applications and recent decisions now.
    public func status() -> ClusterServiceStatus {
        let now = clock.now
        return manager.withLock { ClusterServiceStatus(manager: $0, master: master, now: now, wallOrigin: wallOrigin) }
    }

    var isStopped: Bool { state.withLock { $0.stopped } }

    // MARK: Threads

    private func startThread(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = name
        thread.start()
    }

    private func acceptLoop() {
        while let socket = listener.accept() {
            if isStopped {
                socket.close()
                return
            }
            startThread("cluster-client") { [self] in serve(socket) }
        }
    }

    private func tickLoop() {
        let interval = UInt32(Self.tickInterval.milliseconds * 1000)
        while !isStopped {
            tick()
            usleep(interval)
        }
    }

    /// One round: advance the core, push each application what changed for it, log the new decisions.
    func tick() {
        let now = clock.now
        let sessions = state.withLock { Array($0.sessions.values) }
        let logged = state.withLock { $0.loggedDecisions }
        let (pushes, decisions, count) = manager.withLock { m -> ([(ServiceSession, String)], [UsageLog.Decision], Int) in
            // The resource manager bounds its own usage log (old samples fold into totals fairness starts from).
            m.advance(now: now)
            var pushes: [(ServiceSession, String)] = []
            for session in sessions {
                guard let id = session.applicationId, m.isSubmitted(id) else { continue }
                if let line = session.updateLine(update: m.takeUpdates(for: id), manager: m) {
                    pushes.append((session, line))
                }
            }
            let fresh = min(m.decisionCount - logged, m.usage.decisions.count)
            return (pushes, Array(m.usage.decisions.suffix(fresh)), m.decisionCount)
        }
        state.withLock { $0.loggedDecisions = count }
        for decision in decisions { options.log(line(for: decision)) }
        for (session, line) in pushes { session.socket.send(line) }
    }

    // MARK: Connections

    /// Authenticates the connection, then reads its messages until it closes, goes silent or misbehaves.
    private func serve(_ socket: ServiceSocket) {
        socket.setReceiveTimeout(milliseconds: Int(options.heartbeatTimeout.milliseconds))
        guard authenticate(socket) else {
            socket.close()
            return
        }
        let session = state.withLock { s -> ServiceSession? in
            guard !s.stopped else { return nil }
            let session = ServiceSession(id: s.nextSession, socket: socket)
            s.nextSession += 1
            s.sessions[session.id] = session
            return session
        }
        guard let session else {
            socket.close()
            return
        }
        var reason = "its connection closed"
        var lastHeard = clock.now
        while true {
            guard let text = socket.readLine() else {
                // A read that ends after the whole heartbeat timeout is the timeout, not the peer closing.
                if clock.now - lastHeard >= options.heartbeatTimeout { reason = "it sent nothing for \(options.heartbeatTimeout)" }
                break
            }
            lastHeard = clock.now
            guard let message = ServiceMessage(line: text) else {
                reason = "it sent a malformed message"
                socket.send(ServiceMessage.line("error", [("message", .string(ClusterServiceError.malformed(
                    String(text.prefix(80))).message))]))
                break
            }
            if let problem = handle(message, from: session) {
                reason = problem
                break
            }
            if session.closing { break }
        }
        state.withLock { _ = $0.sessions.removeValue(forKey: session.id) }
        if let id = session.applicationId, !isStopped {
            let now = clock.now
            let lost = manager.withLock { m -> Bool in
                guard m.isSubmitted(id) else { return false }
                m.finish(id, now: now, lost: true)
                return true
            }
            if lost { options.log("\(timestamp(now)) application \(id) lost: \(reason); its executors are reclaimed") }
        }
        socket.close()
    }

    /// Challenge-response: the client proves the token without sending it. Nothing else is read before.
    private func authenticate(_ socket: ServiceSocket) -> Bool {
        let nonce = ServiceToken.nonce()
        socket.send(ServiceMessage.line("challenge", [("protocol", .int(ServiceMessage.protocolVersion)),
                                                      ("nonce", .string(nonce))]))
        guard let text = socket.readLine(), let answer = ServiceMessage(line: text), answer.type == "auth" else {
            options.log("\(timestamp(clock.now)) refused a connection: it did not answer the challenge")
            return false
        }
        let refusal: ClusterServiceError?
        if answer.int("protocol") != ServiceMessage.protocolVersion {
            refusal = .protocolMismatch(expected: ServiceMessage.protocolVersion,
                                        got: answer.fields["protocol"].map { "\($0)" } ?? "none")
        } else if let proof = answer.string("proof"), token.accepts(proof, nonce: nonce) {
            refusal = nil
        } else {
            refusal = .authenticationFailed(master: master)
        }
        if let refusal {
            socket.send(ServiceMessage.line("refused", [("code", .string(refusal.code.rawValue)),
                                                        ("message", .string(refusal.message))]))
            options.log("\(timestamp(clock.now)) refused a connection: \(refusal.code == .authenticationFailed ? "authentication failed" : refusal.message)")
            return false
        }
        let description = manager.withLock { $0.description }
        socket.send(ServiceMessage.line("welcome", [
            ("protocol", .int(ServiceMessage.protocolVersion)), ("master", .string(master)),
            ("kind", .string(description.kind.rawValue)),
            ("executorStartupMillis", .int(description.executorStartupTime.milliseconds)),
        ]))
        return true
    }

    /// Carries out one message; returns why the connection must end, or nil.
    private func handle(_ message: ServiceMessage, from session: ServiceSession) -> String? {
        let now = clock.now
        switch message.type {
        case "heartbeat":
            return nil
        case "status":
            session.socket.send(ServiceMessage.line("status", [("status", status().json)]))
            return nil
        case "usage":
            let usage = manager.withLock { $0.usage }
            session.socket.send(ServiceMessage.line("usage", [("now", .int(now.milliseconds)), ("log", usage.wire)]))
            return nil
        case "stop":
            session.socket.send(ServiceMessage.line("stopping"))
            options.log("\(timestamp(now)) stop requested by a client")
            session.closing = true
            DispatchQueue.global().async { [self] in stop() }
            return nil
        case "submit":
            return submit(message, from: session, now: now)
        default:
            break
        }
        guard let id = session.applicationId else { return "it sent \(message.type) before submitting an application" }
        switch message.type {
        case "requestTotal":
            guard let total = message.int("total"), total >= 0 else { return "it sent a requestTotal without a total" }
            manager.withLock { _ = $0.requestTotal(total, for: id, now: now) }
        case "release", "lost":
            guard let executor = message.string("executor") else { return "it sent \(message.type) without an executor" }
            if message.type == "release" {
                manager.withLock { $0.release(executor: executor, of: id, now: now) }
            } else {
                manager.withLock { $0.executorLost(executor, of: id, now: now) }
            }
        case "report":
            guard let busy = message.int("busy"), let pending = message.int("pending") else {
                return "it sent a report without busy and pending counts"
            }
            manager.withLock { $0.report(busyExecutors: busy, pendingTasks: pending, of: id, now: now) }
        case "finish":
            manager.withLock { $0.finish(id, now: now) }
            session.applicationId = nil
            session.closing = true
            options.log("\(timestamp(now)) application \(id) finished")
        default:
            return "it sent an unknown message type \(message.type)"
        }
        return nil
    }

    private func submit(_ message: ServiceMessage, from session: ServiceSession, now: ClockTime) -> String? {
        guard session.applicationId == nil else { return "it submitted a second application on one connection" }
        guard let name = message.string("name"), let queue = message.string("queue"), let user = message.string("user"),
              let vcores = message.int("vcores"), let memory = message.int("memoryMiB"), vcores >= 0, memory >= 0
        else { return "it sent a submit without name, queue, user, vcores and memoryMiB" }
        let size = Resources(vcores: vcores, memoryMiB: memory)
        let result = manager.withLock { m -> Result<(String, Int, Int64), ResourceManagerError> in
            do throws(ResourceManagerError) {
                let id = try m.submit(name: name, queue: queue, user: user, executorSize: size,
                                      executorNaming: .counting(from: 1), now: now)
                return .success((id, m.executorsThatFit(m.description.container(for: size)), m.startupTime.milliseconds))
            } catch {
                // Listed with the other decisions, as YARN's RM audit log lists a refused submission.
                m.decide(.refused, application: name, queue: queue, executor: nil, host: nil, detail: error.message, now: now)
                return .failure(error)
            }
        }
        switch result {
        case .success(let (id, capacity, startup)):
            session.applicationId = id
            session.socket.send(ServiceMessage.line("submitted", [
                ("applicationId", .string(id)), ("capacity", .int(capacity)), ("executorStartupMillis", .int(startup)),
            ]))
            options.log("\(timestamp(now)) application \(id) (\(name)) of user \(user) joined queue \(queue), "
                        + "executors of \(size)")
        case .failure(let error):
            session.socket.send(ServiceMessage.line("error", [("code", .string(error.code.rawValue)),
                                                              ("message", .string(error.message))]))
        }
        return nil
    }

    // MARK: Printing

    /// `22:10:03.120`, the wall-clock time of a service instant.
    func timestamp(_ time: ClockTime) -> String { Self.clockText(wallOrigin + time.milliseconds) }

    /// `22:10:03.120` in local time: the service's lines and `cluster status` show times so.
    public static func clockText(_ wallMillis: Int64, timeZone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = timeZone
        formatter.dateFormat = "HH:mm:ss.SSS"
        return formatter.string(from: Date(timeIntervalSince1970: Double(wallMillis) / 1000))
    }

    func line(for decision: UsageLog.Decision) -> String {
        var text = "\(timestamp(decision.time)) \(decision.kind.rawValue)"
        if let executor = decision.executorId { text += " executor \(executor) of" }
        text += " \(decision.applicationId) (queue \(decision.queue))"
        if let host = decision.host { text += " on \(host)" }
        if let detail = decision.detail { text += ": \(detail)" }
        return text
    }
}
