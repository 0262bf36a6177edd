/// The usage log as the service sends it to an application at its end, so that the application's fairness
/// figures cover every tenant of the service (times are the service's clock).
extension UsageLog {
    var wire: OrderedJSON {
        func object(_ pairs: [(String, OrderedJSON)]) -> OrderedJSON { .object(pairs.map { (key: $0.0, value: $0.1) }) }
        func optional(_ text: String?) -> OrderedJSON { text.map { .string($0) } ?? .null }
        func number(_ value: Double?) -> OrderedJSON { value.map { .fixed($0, decimals: 6) } ?? .null }
        return object([
            ("vcores", .int(clusterResources.vcores)), ("memoryMiB", .int(clusterResources.memoryMiB)),
            ("calculator", .string(calculator.rawValue)),
            ("queues", .array(queues.map {
                object([("name", .string($0.name)), ("capacity", number($0.capacityPercent)),
                        ("maximum", number($0.maximumCapacityPercent)), ("userLimitFactor", number($0.userLimitFactor)),
                        ("minimumUserLimit", number($0.minimumUserLimitPercent)), ("ordering", .string($0.ordering.rawValue)),
                        ("preemptionDisabled", .bool($0.preemptionDisabled)),
                        ("quotaVcores", $0.quotaVcores.map { .int($0) } ?? .null),
                        ("quotaMemoryMiB", $0.quotaMemoryMiB.map { .int($0) } ?? .null)])
            })),
            ("applications", .array(applications.map {
                object([("id", .string($0.id)), ("name", .string($0.name)), ("queue", .string($0.queue)),
                        ("user", .string($0.user)), ("submittedAt", .int($0.submittedAt.milliseconds)),
                        ("finishedAt", $0.finishedAt.map { .int($0.milliseconds) } ?? .null),
                        ("executorVcores", $0.executorResources.map { .int($0.vcores) } ?? .null),
                        ("executorMemoryMiB", $0.executorResources.map { .int($0.memoryMiB) } ?? .null)])
            })),
            ("samples", .array(samples.map {
                .array([.int($0.time.milliseconds), .string($0.applicationId), .int($0.granted),
                        .int($0.grantedResources.vcores), .int($0.grantedResources.memoryMiB), .int($0.waiting),
                        .int($0.busyExecutors), .int($0.pendingTasks)])
            })),
            ("decisions", .array(decisions.map {
                object([("time", .int($0.time.milliseconds)), ("kind", .string($0.kind.rawValue)),
                        ("application", .string($0.applicationId)), ("queue", .string($0.queue)),
                        ("executor", optional($0.executorId)), ("host", optional($0.host)), ("detail", optional($0.detail))])
            })),
        ])
    }

    /// Reads what `wire` wrote; nil for anything else.
    init?(wire value: Any?) {
        guard let root = value as? [String: Any], let vcores = root["vcores"] as? Int,
              let memory = root["memoryMiB"] as? Int,
              let calculator = (root["calculator"] as? String).flatMap(ResourceCalculator.init(rawValue:)),
              let queues = root["queues"] as? [[String: Any]], let apps = root["applications"] as? [[String: Any]],
              let samples = root["samples"] as? [[Any]], let decisions = root["decisions"] as? [[String: Any]]
        else { return nil }
        func double(_ raw: Any?) -> Double? { (raw as? Double) ?? (raw as? Int).map(Double.init) }
        self.init(clusterResources: Resources(vcores: vcores, memoryMiB: memory), calculator: calculator,
                  queues: queues.map {
                      QueueDescription(name: $0["name"] as? String ?? "", capacityPercent: double($0["capacity"]) ?? 0,
                                       maximumCapacityPercent: double($0["maximum"]) ?? 100,
                                       userLimitFactor: double($0["userLimitFactor"]),
                                       minimumUserLimitPercent: double($0["minimumUserLimit"]) ?? 100,
                                       ordering: ($0["ordering"] as? String).flatMap(QueueDescription.Ordering.init) ?? .fifo,
                                       preemptionDisabled: $0["preemptionDisabled"] as? Bool ?? false,
                                       quotaVcores: $0["quotaVcores"] as? Int, quotaMemoryMiB: $0["quotaMemoryMiB"] as? Int)
                  })
        self.applications = apps.map {
            Application(id: $0["id"] as? String ?? "", name: $0["name"] as? String ?? "", queue: $0["queue"] as? String ?? "",
                        user: $0["user"] as? String ?? "",
                        submittedAt: ClockTime(milliseconds: Int64($0["submittedAt"] as? Int ?? 0)),
                        finishedAt: ($0["finishedAt"] as? Int).map { ClockTime(milliseconds: Int64($0)) },
                        executorResources: Self.resources($0["executorVcores"], $0["executorMemoryMiB"]))
        }
        self.samples = samples.compactMap { row in
            guard row.count == 8, let time = row[0] as? Int, let id = row[1] as? String else { return nil }
            let n = row[2...].map { $0 as? Int ?? 0 }
            return Sample(time: ClockTime(milliseconds: Int64(time)), applicationId: id, granted: n[0],
                          grantedResources: Resources(vcores: n[1], memoryMiB: n[2]), waiting: n[3],
                          busyExecutors: n[4], pendingTasks: n[5])
        }
        self.decisions = decisions.compactMap {
            guard let kind = ($0["kind"] as? String).flatMap(Decision.Kind.init(rawValue:)) else { return nil }
            return Decision(time: ClockTime(milliseconds: Int64($0["time"] as? Int ?? 0)), kind: kind,
                            applicationId: $0["application"] as? String ?? "", queue: $0["queue"] as? String ?? "",
                            executorId: $0["executor"] as? String, host: $0["host"] as? String, detail: $0["detail"] as? String)
        }
    }

    private static func resources(_ vcores: Any?, _ memory: Any?) -> Resources? {
        guard let vcores = vcores as? Int, let memory = memory as? Int else { return nil }
        return Resources(vcores: vcores, memoryMiB: memory)
    }
}
