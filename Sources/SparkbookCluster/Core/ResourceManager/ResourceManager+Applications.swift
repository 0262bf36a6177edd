/// Applications arriving and leaving, and what they ask: a total of executors (as Spark's
/// `requestTotalExecutors`), executors given back, executors lost, and how busy they are.
extension ResourceManager {
    /// Admits an application into `queue` (any name on a standalone cluster, which has one queue) and returns its
    /// YARN-style id.
    /// `executorSize` is what the executor asks for; it occupies the container the cluster normalises it to
    /// (YARN rounds up to its minimum allocation).
    public mutating func submit(name: String, queue: String, user: String, executorSize request: Resources,
                                executorNaming: ExecutorNaming, now: ClockTime) throws(ResourceManagerError) -> String {
        let executorSize = description.container(for: request)
        let queueName: String
        if description.kind == .standalone, let only = description.queues.first {
            queueName = only.name
        } else if let known = description.queue(named: queue) {
            queueName = known.name
        } else {
            throw .unknownQueue(queue, user: user, known: description.queues.map(\.name))
        }
        let number = nextApplicationNumber
        nextApplicationNumber += 1
        let id = "application_\(clusterTimestamp)_\(Self.fourDigits(number))"
        applications.append(Application(id: id, number: number, name: name, queue: queueName, user: user,
                                        executorSize: executorSize, executorNaming: executorNaming, submittedAt: now))
        usage.applications.append(.init(id: id, name: name, queue: queueName, user: user, submittedAt: now,
                                        executorResources: executorSize))
        if let refusal = description.allocationLimits?.refusal(for: request) {
            applications[id]!.blockedReason = "YARN refuses the request: \(refusal)"
        } else if executorSize.vcores > 0 || executorSize.memoryMiB > 0,
           !nodeCapacity.contains(where: { calculator.fits(executorSize, in: $0) }) {
            let largest = nodeCapacity.max { $0.memoryMiB < $1.memoryMiB } ?? .zero
            applications[id]!.blockedReason = "An executor asks for \(executorSize) and no node is that large "
                + "(largest \(largest)): lower spark.executor.memory, spark.executor.memoryOverhead or "
                + "spark.executor.cores"
        }
        noteUsage(now: now)
        return id
    }

    /// Sets the application's desired total (Spark's `requestTotalExecutors`). Raising it adds requests; lowering
    /// it cancels requests not yet granted, then admitted pods. Containers already starting come up anyway, as a
    /// standalone master's launched executors and YARN's launched containers do: they register, and the driver
    /// kills them once idle (so the initial executors Spark asks for at start are all seen, even when the first
    /// job lowers the target before they are up). Running executors only leave when the driver kills them.
    /// Returns the executor ids of cancelled containers: none since starting ones are kept (the clients' protocol).
    @discardableResult
    public mutating func requestTotal(_ target: Int, for id: String, now: ClockTime) -> [String] {
        guard var app = applications[id] else { return [] }
        app.desiredTotal = max(0, target)
        if app.total < app.desiredTotal {
            app.waiting += app.desiredTotal - app.total
        } else {
            var excess = app.total - app.desiredTotal
            let fromWaiting = min(excess, app.waiting)
            app.waiting -= fromWaiting
            excess -= fromWaiting
            let fromPods = min(excess, app.admittedPods)
            app.admittedPods -= fromPods
            for _ in 0..<fromPods {
                if let last = podQueue.lastIndex(of: id) { podQueue.remove(at: last) }
            }
        }
        applications[id] = app
        noteUsage(now: now)
        return []
    }

    /// The driver killed an idle executor: its container is free again. No replacement is asked for (the driver
    /// lowers its total itself).
    public mutating func release(executor executorId: String, of id: String, now: ClockTime) {
        guard let container = removeContainer(executorId, of: id) else { return }
        free(container, as: .released, now: now)
        noteUsage(now: now)
    }

    /// The executor was lost (its process died, or the resource manager preempted it): its container, if still
    /// held, is freed, and requests are added up to the desired total, as Spark's YARN and Kubernetes backends
    /// replace lost executors.
    public mutating func executorLost(_ executorId: String, of id: String, now: ClockTime) {
        if let container = removeContainer(executorId, of: id) { free(container, as: .lost, now: now) }
        guard var app = applications[id] else { return }
        if app.total < app.desiredTotal { app.waiting += app.desiredTotal - app.total }
        applications[id] = app
        noteUsage(now: now)
    }

    /// The application's own view of its demand, for fairness figures: executors running tasks and tasks waiting.
    public mutating func report(busyExecutors: Int, pendingTasks: Int, of id: String, now: ClockTime) {
        guard applications[id] != nil else { return }
        applications[id]!.busyExecutors = busyExecutors
        applications[id]!.pendingTasks = pendingTasks
        noteUsage(now: now)
    }

    /// The application ended (or stopped heartbeating): every container it held is reclaimed.
    public mutating func finish(_ id: String, now: ClockTime, lost: Bool = false) {
        guard let app = applications.remove(id) else { return }
        podQueue.removeAll { $0 == id }
        for container in app.granted {
            preemptionMarks[container.id] = nil
            free(container, as: lost ? .lost : .released, now: now, application: app)
        }
        if let index = usage.applications.firstIndex(where: { $0.id == id }) {
            usage.applications[index].finishedAt = now
        }
        lastSamples[id] = nil
        usage.samples.append(.init(time: now, applicationId: id, granted: 0, grantedResources: .zero, waiting: 0,
                                   busyExecutors: 0, pendingTasks: 0))
        noteUsage(now: now)
    }

    /// Hands over (and forgets) what happened to the application since it last asked.
    public mutating func takeUpdates(for id: String) -> ApplicationUpdate {
        guard let updates = applications[id]?.updates else { return ApplicationUpdate() }
        applications[id]!.updates = ApplicationUpdate()
        return updates
    }

    // MARK: Reading

    public func isSubmitted(_ id: String) -> Bool { applications[id] != nil }
    public func desiredTotal(of id: String) -> Int { applications[id]?.desiredTotal ?? 0 }
    /// Requests not granted yet, admitted pods included.
    public func waiting(of id: String) -> Int { applications[id].map { $0.waiting + $0.admittedPods } ?? 0 }
    public func starting(of id: String) -> [ApplicationUpdate.Launch] {
        applications[id]?.starting.map { ApplicationUpdate.Launch(id: $0.executorId, host: nodeNames[$0.node],
                                                                  cores: $0.resources.vcores) } ?? []
    }
    public func running(of id: String) -> [String] { applications[id]?.running.map(\.executorId) ?? [] }
    public func blockedReason(of id: String) -> String? { applications[id]?.blockedReason }
    public func queue(of id: String) -> String? { applications[id]?.queue }

    /// The next instant something changes for the application by itself: one of its containers starts, its next
    /// pod batch is due, or a preemption round.
    public func nextEventTime(for id: String) -> ClockTime {
        guard let app = applications[id] else { return .never }
        var next = app.starting.map(\.readyAt).min() ?? .never
        if app.waiting > 0, let batch = app.nextBatchAt { next = min(next, batch) }
        if let round = nextPreemptionRound, !preemptionMarks.isEmpty || app.waiting > 0 { next = min(next, round) }
        return next
    }

    // MARK: Containers

    /// Takes the executor's container out of its application (starting or running).
    mutating func removeContainer(_ executorId: String, of id: String) -> Container? {
        guard var app = applications[id] else { return nil }
        var container: Container?
        if let i = app.running.firstIndex(where: { $0.executorId == executorId }) {
            container = app.running.remove(at: i)
        } else if let i = app.starting.firstIndex(where: { $0.executorId == executorId }) {
            container = app.starting.remove(at: i)
        }
        applications[id] = app
        if let container { preemptionMarks[container.id] = nil }
        return container
    }

    /// Gives a container's resources back to its node and queue, and records why.
    mutating func free(_ container: Container, as kind: UsageLog.Decision.Kind, now: ClockTime,
                       application: Application? = nil, detail: String? = nil) {
        nodeUsed[container.node] -= container.resources
        let queue = application?.queue ?? applications[container.applicationId]?.queue ?? ""
        queueUsed[queue, default: .zero] -= container.resources
        decide(kind, application: container.applicationId, queue: queue, executor: container.executorId,
               host: nodeNames[container.node], detail: detail, now: now)
    }

    static func fourDigits(_ n: Int) -> String {
        let text = String(n)
        return text.count >= 4 ? text : String(repeating: "0", count: 4 - text.count) + text
    }
}
