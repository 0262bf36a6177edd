/// Fairness measured from what a resource manager handed out (`UsageLog`) up to an end time: per application its
/// executor time granted and busy, its waits and completion; per queue its share over time against its guarantee
/// and its starvation; and Jain's index over the queues. Pure: the same log and end give the same report, so the
/// end-of-run table, `--metrics-json`, `cluster status` and the HTML report all show the same figures.
///
/// What Jain's index compares, exactly: for each queue with demand and a guarantee g > 0, at every instant it had
/// demand (its running applications held or asked for executors), x(t) = min(1, share(t) / min(g, asked(t))),
/// where share is what its applications were granted and asked is what they held plus what they waited for, both
/// as fractions of the cluster with the log's calculator. x is averaged over the queue's own demand time, and the
/// index is Jain's over those averages. Normalising by min(g, asked) means a queue that asks for less than its
/// guarantee and gets all of it counts as fully served; capping at 1 means a queue using idle capacity beyond its
/// guarantee (YARN's elasticity) is not counted against anyone: another queue's deficit already shows in its own x.
/// With fewer than two such queues nothing is compared and the index is absent, never 1.0.
public struct FairnessReport: Hashable, Sendable {
    /// Jain's index, or why there is none.
    public enum FairnessIndex: Hashable, Sendable {
        /// The index over the queues named (those with demand and a guarantee), in the log's queue order.
        case computed(Double, queues: [String])
        case noDemand
        /// One queue had demand: there was no one to be unfair to.
        case singleQueue(String)
        /// Several queues had demand, but fewer than two have a guarantee to normalise by.
        case noGuarantees(queues: [String])
        /// Several queues had demand and none was granted anything (Jain's 0/0).
        case nothingGranted(queues: [String])

        public var value: Double? {
            if case .computed(let value, _) = self { return value }
            return nil
        }

        /// The one wording of an absent index, shared by every rendering.
        public var absence: String? {
            switch self {
            case .computed: nil
            case .noDemand: "no queue had demand"
            case .singleQueue(let queue): "only queue \(queue) had demand, so there was no one to compare with"
            case .noGuarantees: "fewer than two of the queues with demand have a guarantee to measure against"
            case .nothingGranted: "no queue with demand was granted anything"
            }
        }
    }

    public var end: ClockTime
    public var clusterResources: Resources
    public var calculator: ResourceCalculator
    /// In the log's order.
    public var applications: [ApplicationUsage]
    /// The log's queues in description order, then any queue an application named that the description lacks.
    public var queues: [QueueUsage]
    public var fairnessIndex: FairnessIndex

    /// True when the log had more than one application or more than one queue: a shared run worth a table.
    public var isShared: Bool { applications.count > 1 || queues.count > 1 }

    public init(log: UsageLog, end: ClockTime) {
        self.end = end
        clusterResources = log.clusterResources
        calculator = log.calculator
        let segments = UsageSegments(log, end: end).segments
        applications = Self.applications(log, segments: segments, end: end)
        queues = Self.queues(log, segments: segments)
        let compared = queues.filter { $0.normalisedShare != nil }
        let withDemand = queues.filter { $0.demandMillis > 0 }
        if withDemand.isEmpty {
            fairnessIndex = .noDemand
        } else if withDemand.count == 1 {
            fairnessIndex = .singleQueue(withDemand[0].name)
        } else if compared.count < 2 {
            fairnessIndex = .noGuarantees(queues: withDemand.map(\.name))
        } else {
            let names = compared.map(\.name)
            fairnessIndex = JainsIndex.of(compared.compactMap(\.normalisedShare))
                .map { .computed($0, queues: names) } ?? .nothingGranted(queues: names)
        }
    }

    private static func applications(_ log: UsageLog, segments: [UsageSegments.Segment], end: ClockTime) -> [ApplicationUsage] {
        log.applications.enumerated().map { index, application in
            var granted: Int64 = 0, busy: Int64 = 0, waiting: Int64 = 0
            for segment in segments {
                guard let state = segment.states[index] else { continue }
                granted += Int64(state.granted) * segment.millis
                busy += Int64(state.busyExecutors) * segment.millis
                if state.pendingTasks > 0, state.waiting > 0 { waiting += segment.millis }
            }
            let finished = application.finishedAt.flatMap { $0 <= end ? $0 : nil }
            return ApplicationUsage(
                id: application.id, name: application.name, queue: application.queue, user: application.user,
                grantedExecutorMillis: granted, busyExecutorMillis: busy, waitingMillis: waiting,
                completionMillis: max(0, (finished ?? end).milliseconds - application.submittedAt.milliseconds),
                stillRunning: finished == nil)
        }
    }

    private static func queues(_ log: UsageLog, segments: [UsageSegments.Segment]) -> [QueueUsage] {
        var descriptions = log.queues.map { (name: $0.name, guarantee: $0.capacityPercent / 100, maximum: $0.maximumCapacityPercent / 100) }
        for application in log.applications where !descriptions.contains(where: { $0.name == application.queue }) {
            descriptions.append((name: application.queue, guarantee: 0, maximum: 1))
        }
        let executorSizes = log.applications.map { application in
            application.executorResources ?? log.samples.first { $0.applicationId == application.id && $0.granted > 0 }
                .map { Resources(vcores: $0.grantedResources.vcores / $0.granted, memoryMiB: $0.grantedResources.memoryMiB / $0.granted) }
        }
        return descriptions.map { queue in
            let members = log.applications.indices.filter { log.applications[$0].queue == queue.name }
            var accumulator = QueueAccumulator(guarantee: queue.guarantee)
            for segment in segments {
                var granted = Resources.zero, asked = Resources.zero
                var containers = 0, pending = false, askUnmeasured = false
                for index in members {
                    guard let state = segment.states[index] else { continue }
                    granted += state.grantedResources
                    containers += state.granted + state.waiting
                    pending = pending || state.pendingTasks > 0
                    if state.waiting > 0 {
                        if let size = executorSizes[index] { asked += size * state.waiting } else { askUnmeasured = true }
                    }
                }
                let share = log.calculator.share(granted, of: log.clusterResources)
                // A wait whose container size is unknown is measured against the guarantee alone.
                let askedShare = askUnmeasured ? .infinity : log.calculator.share(granted + asked, of: log.clusterResources)
                accumulator.add(segment, share: share, demand: containers > 0, asked: askedShare, pending: pending)
            }
            return QueueUsage(name: queue.name, guarantee: queue.guarantee, maximum: queue.maximum,
                              shareOverTime: accumulator.steps, demandMillis: accumulator.demandMillis,
                              averageShareWithDemand: accumulator.averageShare,
                              normalisedShare: accumulator.normalisedShare, longestStarvation: accumulator.longest)
        }
    }
}

/// Sums one queue's figures segment by segment.
private struct QueueAccumulator {
    let guarantee: Double
    var steps: [QueueUsage.ShareStep] = []
    var demandMillis: Int64 = 0
    var shareMillis = 0.0
    var normalisedMillis = 0.0
    var running: QueueUsage.Starvation?
    var longest: QueueUsage.Starvation?

    /// Shares within this of the entitlement count as reaching it (floating-point sums of fractions).
    static let tolerance = 1e-9

    mutating func add(_ segment: UsageSegments.Segment, share: Double, demand: Bool, asked: Double, pending: Bool) {
        if steps.last?.share != share || steps.last?.demand != demand {
            steps.append(QueueUsage.ShareStep(time: segment.start, share: share, demand: demand))
        }
        let entitlement = min(guarantee, asked)
        if demand {
            demandMillis += segment.millis
            shareMillis += share * Double(segment.millis)
            if entitlement > 0 { normalisedMillis += min(1, share / entitlement) * Double(segment.millis) }
        }
        if pending, share < entitlement - Self.tolerance {
            var stretch = running ?? QueueUsage.Starvation(start: segment.start, millis: 0)
            stretch.millis += segment.millis
            running = stretch
            if stretch.millis > longest?.millis ?? 0 { longest = stretch }
        } else {
            running = nil
        }
    }

    var averageShare: Double? { demandMillis > 0 ? shareMillis / Double(demandMillis) : nil }
    var normalisedShare: Double? { demandMillis > 0 && guarantee > 0 ? normalisedMillis / Double(demandMillis) : nil }
}
