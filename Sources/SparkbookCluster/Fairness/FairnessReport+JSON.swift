/// `--metrics-json` (and `cluster status --json`): the report as JSON with a fixed key order, every time in
/// seconds and every share or ratio with 3 decimals; a figure that does not exist is null, never left out, so
/// that a reader sees the same keys in every file.
extension FairnessReport {
    public var json: OrderedJSON {
        .object([
            ("endSeconds", Self.seconds(end.milliseconds)),
            ("calculator", .string(calculator.rawValue)),
            ("cluster", .object([("vcores", .int(clusterResources.vcores)), ("memoryMiB", .int(clusterResources.memoryMiB))])),
            ("applications", .array(applications.map(Self.json))),
            ("queues", .array(queues.map(Self.json))),
            ("jainsIndex", .object([
                ("value", fairnessIndex.value.map(Self.ratio) ?? .null),
                ("queues", .array(Self.comparedQueues(fairnessIndex).map(OrderedJSON.string))),
                ("absentBecause", fairnessIndex.absence.map(OrderedJSON.string) ?? .null),
            ])),
        ])
    }

    private static func json(_ application: ApplicationUsage) -> OrderedJSON {
        .object([
            ("id", .string(application.id)), ("name", .string(application.name)),
            ("queue", .string(application.queue)), ("user", .string(application.user)),
            ("executorSecondsGranted", seconds(application.grantedExecutorMillis)),
            ("executorSecondsBusy", seconds(application.busyExecutorMillis)),
            ("utilisation", application.utilisation.map(ratio) ?? .null),
            ("waitingSeconds", seconds(application.waitingMillis)),
            ("completionSeconds", seconds(application.completionMillis)),
            ("stillRunning", .bool(application.stillRunning)),
        ])
    }

    private static func json(_ queue: QueueUsage) -> OrderedJSON {
        .object([
            ("name", .string(queue.name)), ("guarantee", ratio(queue.guarantee)), ("maximum", ratio(queue.maximum)),
            ("demandSeconds", seconds(queue.demandMillis)),
            ("averageShareWithDemand", queue.averageShareWithDemand.map(ratio) ?? .null),
            ("normalisedShare", queue.normalisedShare.map(ratio) ?? .null),
            ("longestStarvationSeconds", seconds(queue.longestStarvation?.millis ?? 0)),
            ("longestStarvationStartSeconds", queue.longestStarvation.map { seconds($0.start.milliseconds) } ?? .null),
            ("shareOverTime", .array(queue.shareOverTime.map {
                .object([("timeSeconds", seconds($0.time.milliseconds)), ("share", ratio($0.share)), ("demand", .bool($0.demand))])
            })),
        ])
    }

    private static func comparedQueues(_ index: FairnessIndex) -> [String] {
        if case .computed(_, let queues) = index { return queues }
        return []
    }

    private static func seconds(_ millis: Int64) -> OrderedJSON { .fixed(Double(millis) / 1000, decimals: 3) }
    private static func ratio(_ value: Double) -> OrderedJSON { .fixed(value, decimals: 3) }
}

/// Reading the JSON back: `cluster status` receives the service's report so and draws it with the same table.
/// Times come back to the millisecond and shares to 3 decimals; an absent index is recomputed from the queues,
/// whose figures decide which reason applies.
extension FairnessReport {
    /// Reads what `json` wrote; nil for anything else.
    public init?(parsing value: Any?) {
        guard let root = value as? [String: Any], let end = Self.millis(root["endSeconds"]),
              let calculator = (root["calculator"] as? String).flatMap(ResourceCalculator.init(rawValue:)),
              let cluster = root["cluster"] as? [String: Any], let vcores = cluster["vcores"] as? Int,
              let memory = cluster["memoryMiB"] as? Int, let apps = root["applications"] as? [[String: Any]],
              let queues = root["queues"] as? [[String: Any]], let index = root["jainsIndex"] as? [String: Any]
        else { return nil }
        self.end = ClockTime(milliseconds: end)
        self.calculator = calculator
        self.clusterResources = Resources(vcores: vcores, memoryMiB: memory)
        self.applications = apps.map {
            ApplicationUsage(id: $0["id"] as? String ?? "", name: $0["name"] as? String ?? "",
                             queue: $0["queue"] as? String ?? "", user: $0["user"] as? String ?? "",
                             grantedExecutorMillis: Self.millis($0["executorSecondsGranted"]) ?? 0,
                             busyExecutorMillis: Self.millis($0["executorSecondsBusy"]) ?? 0,
                             waitingMillis: Self.millis($0["waitingSeconds"]) ?? 0,
                             completionMillis: Self.millis($0["completionSeconds"]) ?? 0,
                             stillRunning: $0["stillRunning"] as? Bool ?? false)
        }
        self.queues = queues.map { queue in
            let start = Self.millis(queue["longestStarvationStartSeconds"])
            return QueueUsage(
                name: queue["name"] as? String ?? "", guarantee: Self.number(queue["guarantee"]) ?? 0,
                maximum: Self.number(queue["maximum"]) ?? 1,
                shareOverTime: (queue["shareOverTime"] as? [[String: Any]] ?? []).map {
                    QueueUsage.ShareStep(time: ClockTime(milliseconds: Self.millis($0["timeSeconds"]) ?? 0),
                                         share: Self.number($0["share"]) ?? 0, demand: $0["demand"] as? Bool ?? false)
                },
                demandMillis: Self.millis(queue["demandSeconds"]) ?? 0,
                averageShareWithDemand: Self.number(queue["averageShareWithDemand"]),
                normalisedShare: Self.number(queue["normalisedShare"]),
                longestStarvation: start.map {
                    QueueUsage.Starvation(start: ClockTime(milliseconds: $0),
                                          millis: Self.millis(queue["longestStarvationSeconds"]) ?? 0)
                })
        }
        if let value = Self.number(index["value"]) {
            fairnessIndex = .computed(value, queues: index["queues"] as? [String] ?? [])
        } else {
            fairnessIndex = Self.index(over: self.queues)
        }
    }

    private static func number(_ raw: Any?) -> Double? { (raw as? Double) ?? (raw as? Int).map(Double.init) }
    private static func millis(_ raw: Any?) -> Int64? { number(raw).map { Int64(($0 * 1000).rounded()) } }
}
