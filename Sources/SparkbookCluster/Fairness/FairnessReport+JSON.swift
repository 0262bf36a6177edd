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
