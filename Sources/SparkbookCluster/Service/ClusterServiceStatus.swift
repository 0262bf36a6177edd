import Foundation

/// What `sparkbook cluster status` shows, taken from the service's resource manager at one instant: each
/// queue's guarantee, maximum, use and pending requests, each application's grants and demand, and the recent
/// decisions. Travels as JSON (`json`, stable keys, the same document `--json` prints) and is drawn as text by
/// the CLI.
public struct ClusterServiceStatus: Hashable, Sendable {
    public struct Queue: Hashable, Sendable {
        public var name: String
        public var guaranteePercent: Double
        public var maximumPercent: Double
        public var usedExecutors: Int
        /// Share of the cluster's resources (by the cluster's resource calculator), in percent.
        public var usedPercent: Double
        public var pendingRequests: Int
    }

    public struct Application: Hashable, Sendable {
        public var id: String
        public var name: String
        public var queue: String
        public var user: String
        public var granted: Int
        public var pending: Int
        public var busy: Int
        /// Wall-clock milliseconds when it joined.
        public var since: Int64
    }

    public struct Decision: Hashable, Sendable {
        /// Wall-clock milliseconds.
        public var time: Int64
        public var kind: String
        public var application: String
        public var queue: String
        public var executor: String?
        public var host: String?
        public var detail: String?
    }

    public var master: String
    public var kind: String
    /// Wall-clock milliseconds of the snapshot.
    public var time: Int64
    public var queues: [Queue]
    public var applications: [Application]
    /// The most recent last.
    public var decisions: [Decision]

    /// Decisions listed by `cluster status`.
    static let recentDecisions = 20

    init(manager m: ResourceManager, master: String, now: ClockTime, wallOrigin: Int64) {
        self.master = master
        self.kind = m.description.kind.rawValue
        self.time = wallOrigin + now.milliseconds
        let apps = m.applicationOrder.compactMap { m.applications[$0] }
        queues = m.description.queues.map { queue in
            let members = apps.filter { $0.queue == queue.name }
            return Queue(name: queue.name, guaranteePercent: queue.capacityPercent,
                         maximumPercent: queue.maximumCapacityPercent,
                         usedExecutors: members.reduce(0) { $0 + $1.granted.count },
                         usedPercent: 100 * m.calculator.share(m.queueUsed[queue.name] ?? .zero, of: m.totalResources),
                         pendingRequests: members.reduce(0) { $0 + $1.waiting + $1.admittedPods })
        }
        applications = apps.map {
            Application(id: $0.id, name: $0.name, queue: $0.queue, user: $0.user, granted: $0.granted.count,
                        pending: $0.waiting + $0.admittedPods, busy: $0.busyExecutors,
                        since: wallOrigin + $0.submittedAt.milliseconds)
        }
        decisions = m.usage.decisions.suffix(Self.recentDecisions).map {
            Decision(time: wallOrigin + $0.time.milliseconds, kind: $0.kind.rawValue, application: $0.applicationId,
                     queue: $0.queue, executor: $0.executorId, host: $0.host, detail: $0.detail)
        }
    }

    // MARK: JSON

    public var json: OrderedJSON {
        func object(_ pairs: [(String, OrderedJSON)]) -> OrderedJSON { .object(pairs.map { (key: $0.0, value: $0.1) }) }
        func optional(_ text: String?) -> OrderedJSON { text.map { .string($0) } ?? .null }
        return object([
            ("master", .string(master)), ("kind", .string(kind)), ("time", .int(time)),
            ("queues", .array(queues.map {
                object([("name", .string($0.name)), ("guaranteePercent", Self.percent($0.guaranteePercent)),
                        ("maximumPercent", Self.percent($0.maximumPercent)), ("usedExecutors", .int($0.usedExecutors)),
                        ("usedPercent", Self.percent($0.usedPercent)), ("pendingRequests", .int($0.pendingRequests))])
            })),
            ("applications", .array(applications.map {
                object([("id", .string($0.id)), ("name", .string($0.name)), ("queue", .string($0.queue)),
                        ("user", .string($0.user)), ("granted", .int($0.granted)), ("pending", .int($0.pending)),
                        ("busy", .int($0.busy)), ("since", .int($0.since))])
            })),
            ("decisions", .array(decisions.map {
                object([("time", .int($0.time)), ("kind", .string($0.kind)), ("application", .string($0.application)),
                        ("queue", .string($0.queue)), ("executor", optional($0.executor)), ("host", optional($0.host)),
                        ("detail", optional($0.detail))])
            })),
        ])
    }

    /// Percentages to one decimal place.
    static func percent(_ value: Double) -> OrderedJSON { .fixed(value, decimals: 1) }

    /// Reads the document `json` wrote (the status a client receives).
    public init(parsing value: Any) throws(ClusterServiceError) {
        guard let root = value as? [String: Any], let master = root["master"] as? String,
              let kind = root["kind"] as? String, let time = root["time"] as? Int,
              let queues = root["queues"] as? [[String: Any]], let apps = root["applications"] as? [[String: Any]],
              let decisions = root["decisions"] as? [[String: Any]]
        else { throw .malformed("a status without master, kind, time, queues, applications and decisions") }
        self.master = master
        self.kind = kind
        self.time = Int64(time)
        func percent(_ raw: Any?) -> Double { (raw as? Double) ?? Double(raw as? Int ?? 0) }
        self.queues = queues.map {
            Queue(name: $0["name"] as? String ?? "", guaranteePercent: percent($0["guaranteePercent"]),
                  maximumPercent: percent($0["maximumPercent"]), usedExecutors: $0["usedExecutors"] as? Int ?? 0,
                  usedPercent: percent($0["usedPercent"]), pendingRequests: $0["pendingRequests"] as? Int ?? 0)
        }
        self.applications = apps.map {
            Application(id: $0["id"] as? String ?? "", name: $0["name"] as? String ?? "", queue: $0["queue"] as? String ?? "",
                        user: $0["user"] as? String ?? "", granted: $0["granted"] as? Int ?? 0,
                        pending: $0["pending"] as? Int ?? 0, busy: $0["busy"] as? Int ?? 0,
                        since: Int64($0["since"] as? Int ?? 0))
        }
        self.decisions = decisions.map {
            Decision(time: Int64($0["time"] as? Int ?? 0), kind: $0["kind"] as? String ?? "",
                     application: $0["application"] as? String ?? "", queue: $0["queue"] as? String ?? "",
                     executor: $0["executor"] as? String, host: $0["host"] as? String, detail: $0["detail"] as? String)
        }
    }
}
