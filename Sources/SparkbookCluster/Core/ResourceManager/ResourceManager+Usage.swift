/// Recording what was handed out: a sample per application whenever its state changes, and the decisions.
extension ResourceManager {
    /// Resources granted to every application now (starting and running containers).
    public var grantedResources: Resources { nodeUsed.reduce(.zero, +) }

    /// Appends a sample for every application whose state changed since its last one.
    mutating func noteUsage(now: ClockTime) {
        for app in applications.all {
            let id = app.id
            let sample = UsageLog.Sample(
                time: now, applicationId: id, granted: app.starting.count + app.running.count,
                grantedResources: app.grantedResources, waiting: app.waiting + app.admittedPods,
                busyExecutors: app.busyExecutors, pendingTasks: app.pendingTasks)
            if let last = lastSamples[id], last.sameState(as: sample) { continue }
            lastSamples[id] = sample
            usage.samples.append(sample)
        }
        // Every resource manager stays bounded (a REPL session or a service runs for days); the fairness figures
        // survive the folding.
        usage.bound()
    }

    mutating func decide(_ kind: UsageLog.Decision.Kind, application: String, queue: String, executor: String?,
                         host: String?, detail: String? = nil, now: ClockTime) {
        usage.decisions.append(.init(time: now, kind: kind, applicationId: application, queue: queue,
                                     executorId: executor, host: host, detail: detail))
        if usage.decisions.count > 2 * Self.decisionsKept {
            usage.decisions.removeFirst(usage.decisions.count - Self.decisionsKept)
        }
        decisionCount += 1
    }
}

extension UsageLog.Sample {
    /// Equal apart from the time.
    func sameState(as other: UsageLog.Sample) -> Bool {
        granted == other.granted && grantedResources == other.grantedResources && waiting == other.waiting
            && busyExecutors == other.busyExecutors && pendingTasks == other.pendingTasks
    }
}
