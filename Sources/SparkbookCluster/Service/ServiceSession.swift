import Synchronization

/// One authenticated connection to the service: its socket, the application it submitted (at most one), and
/// the state last pushed to it, so that a round sends only what changed.
final class ServiceSession: Sendable {
    let id: Int
    let socket: ServiceSocket
    private let mutable = Mutex<(application: String?, lastState: String?, closing: Bool)>((nil, nil, false))

    init(id: Int, socket: ServiceSocket) {
        self.id = id
        self.socket = socket
    }

    var applicationId: String? {
        get { mutable.withLock { $0.application } }
        set { mutable.withLock { $0.application = newValue } }
    }

    /// The client said goodbye (finish, stop): the connection ends after this message.
    var closing: Bool {
        get { mutable.withLock { $0.closing } }
        set { mutable.withLock { $0.closing = newValue } }
    }

    /// The `update` line for the application: launches and preemptions since the last round, with its counts;
    /// nil when nothing changed.
    func updateLine(update: ApplicationUpdate, manager: ResourceManager) -> String? {
        guard let id = applicationId else { return nil }
        let launch = { (l: ApplicationUpdate.Launch) -> OrderedJSON in
            .object([(key: "id", value: .string(l.id)), (key: "host", value: .string(l.host)),
                     (key: "cores", value: .int(l.cores))])
        }
        let counts: [(String, OrderedJSON)] = [
            ("desiredTotal", .int(manager.desiredTotal(of: id))), ("waiting", .int(manager.waiting(of: id))),
            ("starting", .array(manager.starting(of: id).map(launch))),
            ("running", .array(manager.running(of: id).map { .string($0) })),
            ("blockedReason", manager.blockedReason(of: id).map { .string($0) } ?? .null),
        ]
        let state = OrderedJSON.object(counts.map { (key: $0.0, value: $0.1) }).compact
        let changed = mutable.withLock { value -> Bool in
            defer { value.lastState = state }
            return value.lastState != state
        }
        guard changed || !update.isEmpty else { return nil }
        return ServiceMessage.line("update", [
            ("launched", .array(update.launched.map(launch))),
            ("preempted", .array(update.preempted.map {
                .object([(key: "executor", value: .string($0.executorId)), (key: "reason", value: .string($0.reason))])
            })),
        ] + counts)
    }
}
