/// The scheduling pass: Capacity Scheduler queues on YARN and standalone clusters, quota-checked pod batches on
/// Kubernetes; then containers whose start-up time has passed register with their drivers.
extension ResourceManager {
    /// Everything due at `now`: a preemption round (YARN, when enabled), grants, and registrations.
    public mutating func advance(now: ClockTime) {
        preemptIfDue(now: now)
        switch description.kind {
        case .kubernetes:
            createPods(now: now)
            schedulePods(now: now)
        case .yarn, .standalone:
            scheduleQueues(now: now)
        }
        startContainers(now: now)
        noteUsage(now: now)
    }

    // MARK: Capacity Scheduler

    /// Grants one container at a time until nothing more fits: the queue furthest below its guarantee first
    /// (lowest used / guaranteed), within it the applications in the queue's order, each within its user limit,
    /// its queue's maximum capacity, and a node with room.
    mutating func scheduleQueues(now: ClockTime) {
        // Most rounds of a busy cluster have requests waiting and no room: say so after one look at the nodes.
        let waitingSizes = Set(applications.all.lazy.filter { $0.waiting > 0 && $0.blockedReason == nil }
            .map(\.executorSize))
        guard waitingSizes.contains(where: { size in
            nodeCapacity.indices.contains { calculator.fits(size, in: nodeCapacity[$0] - nodeUsed[$0]) }
        }) else { return }
        var closedQueues: Set<String> = []
        while let queue = neediestQueue(excluding: closedQueues) {
            if !grantOne(in: queue, now: now) { closedQueues.insert(queue.name) }
        }
    }

    /// The queue with requests waiting that is furthest below its guarantee (lowest used / guaranteed).
    func neediestQueue(excluding closed: Set<String> = []) -> QueueDescription? {
        description.queues.filter { queue in
            !closed.contains(queue.name) && applications.all.contains { $0.queue == queue.name && $0.waiting > 0 }
        }.min { usedRatio($0) < usedRatio($1) }
    }

    /// Used / guaranteed, the Capacity Scheduler's order among queues (a queue with no guarantee comes last).
    func usedRatio(_ queue: QueueDescription) -> Double {
        let used = calculator.share(queueUsed[queue.name] ?? .zero, of: totalResources)
        let guaranteed = queue.capacityPercent / 100
        return guaranteed > 0 ? used / guaranteed : .infinity
    }

    /// Grants one container to the first application of the queue that may have one; false when none may.
    private mutating func grantOne(in queue: QueueDescription, now: ClockTime) -> Bool {
        let used = queueUsed[queue.name] ?? .zero
        let maximum = maximum(of: queue)
        var candidates = applications.indices.filter {
            applications[at: $0].queue == queue.name && applications[at: $0].waiting > 0
        }
        if queue.ordering == .fair {
            candidates = candidates.sorted { a, b in
                let ra = calculator.share(applications[at: a].grantedResources, of: totalResources)
                let rb = calculator.share(applications[at: b].grantedResources, of: totalResources)
                return ra != rb ? ra < rb : a < b
            }
        }
        for slot in candidates {
            let app = applications[at: slot]
            let id = app.id
            guard app.blockedReason == nil, calculator.fits(app.executorSize, in: maximum - used), withinUserLimit(app, in: queue),
                  let node = node(for: app) else { continue }
            grant(id, on: node, now: now)
            applications[at: slot].waiting -= 1
            return true
        }
        return false
    }

    /// YARN's user limit: while the queue is within its guarantee each active user may have
    /// max(guarantee / active users, guarantee x minimum-user-limit-percent), beyond it the same of what the queue
    /// uses plus one container, never above guarantee x user-limit-factor nor the queue's maximum. As in YARN, a
    /// user below the limit may take one more container even if it ends a little above.
    func withinUserLimit(_ app: Application, in queue: QueueDescription) -> Bool {
        let total = totalResources
        let guaranteed = queue.capacityPercent / 100
        let used = calculator.share(queueUsed[queue.name] ?? .zero, of: total)
        let size = calculator.share(app.executorSize, of: total)
        let current = used < guaranteed ? guaranteed : used + size
        let activeUsers = Set(applications.all.lazy.filter { $0.queue == queue.name && $0.waiting > 0 }.map(\.user)).count
        var limit = max(current / Double(max(1, activeUsers)), current * queue.minimumUserLimitPercent / 100)
        if let factor = queue.userLimitFactor { limit = min(limit, guaranteed * factor) }
        limit = min(limit, queue.maximumCapacityPercent / 100)
        let userUsed = applications.all.reduce(Resources.zero) { sum, other in
            other.queue == queue.name && other.user == app.user ? sum + other.grantedResources : sum
        }
        return calculator.share(userUsed, of: total) < limit - 1e-12 || userUsed == .zero && limit > 0
    }

    /// The node for the application's next executor: spread round-robin by executor index, the first with room
    /// from there.
    func node(for app: Application) -> Int? {
        guard !nodeCapacity.isEmpty else { return nil }
        let start = app.nextExecutorIndex % nodeCapacity.count
        for step in 0..<nodeCapacity.count {
            let node = (start + step) % nodeCapacity.count
            if calculator.fits(app.executorSize, in: nodeCapacity[node] - nodeUsed[node]) { return node }
        }
        return nil
    }

    /// Gives the application a container on `node`, starting now.
    mutating func grant(_ id: String, on node: Int, now: ClockTime) {
        var app = applications[id]!
        let index = app.nextExecutorIndex
        app.nextExecutorIndex += 1
        let containerId = "container_\(clusterTimestamp)_\(Self.fourDigits(app.number))_01_"
            + Self.sixDigits(app.nextContainerNumber)
        app.nextContainerNumber += 1
        let container = Container(id: containerId, executorId: app.executorNaming.executorId(forIndex: index),
                                  applicationId: id, node: node, resources: app.executorSize, grantedAt: now,
                                  readyAt: now + (index < startupSchedule.count ? startupSchedule[index] : startupTime))
        app.starting.append(container)
        applications[id] = app
        nodeUsed[node] += container.resources
        queueUsed[app.queue, default: .zero] += container.resources
        decide(.granted, application: id, queue: app.queue, executor: container.executorId, host: nodeNames[node],
               now: now)
    }

    // MARK: Kubernetes

    /// Each application whose batch round is due creates up to `batch.size` pods; the namespace's ResourceQuota
    /// admits them or refuses them at once (the request stays and is retried next round).
    mutating func createPods(now: ClockTime) {
        let batchSize = description.podBatch?.size ?? Int.max
        for slot in applications.indices {
            var app = applications[at: slot]
            let id = app.id
            guard app.waiting > 0 else { continue }
            if let due = app.nextBatchAt, now < due { continue }
            app.nextBatchAt = now + podBatchDelay
            applications[at: slot] = app
            for _ in 0..<min(batchSize, app.waiting) {
                if let refusal = quotaRefusal(for: applications[id]!) {
                    decide(.refused, application: id, queue: app.queue, executor: nil, host: nil, detail: refusal,
                           now: now)
                    break
                }
                applications[id]!.waiting -= 1
                applications[id]!.admittedPods += 1
                podQueue.append(id)
            }
        }
    }

    /// Kubernetes' words when a pod would take its namespace over the quota; nil when it fits.
    func quotaRefusal(for app: Application) -> String? {
        guard let namespace = description.queue(named: app.queue) else { return nil }
        var used = Resources.zero
        for other in applications.all where other.queue == app.queue {
            used += other.grantedResources + other.executorSize * other.admittedPods
        }
        var requested: [String] = []
        var usedText: [String] = []
        var limited: [String] = []
        if let cpu = namespace.quotaVcores, used.vcores + app.executorSize.vcores > cpu {
            requested.append("requests.cpu=\(app.executorSize.vcores)")
            usedText.append("requests.cpu=\(used.vcores)")
            limited.append("requests.cpu=\(cpu)")
        }
        if let memory = namespace.quotaMemoryMiB, used.memoryMiB + app.executorSize.memoryMiB > memory {
            requested.append("requests.memory=\(app.executorSize.memoryMiB)Mi")
            usedText.append("requests.memory=\(used.memoryMiB)Mi")
            limited.append("requests.memory=\(memory)Mi")
        }
        guard !requested.isEmpty else { return nil }
        return "pods is forbidden: exceeded quota: \(namespace.name)-quota, requested: "
            + requested.joined(separator: ",") + ", used: " + usedText.joined(separator: ",") + ", limited: "
            + limited.joined(separator: ",")
    }

    /// Admitted pods go to nodes first come, first served; a pod that fits no node now waits.
    mutating func schedulePods(now: ClockTime) {
        var remaining: [String] = []
        for id in podQueue {
            guard let app = applications[id], app.admittedPods > 0, let node = node(for: app) else {
                remaining.append(id)
                continue
            }
            grant(id, on: node, now: now)
            applications[id]!.admittedPods -= 1
        }
        podQueue = remaining
    }

    // MARK: Registration

    /// Containers whose start-up time has passed register with their driver: by readiness, then in grant order
    /// (with one start-up time for all, grant order; a replayed schedule may let a later one register first).
    mutating func startContainers(now: ClockTime) {
        for slot in applications.indices {
            guard applications[at: slot].starting.contains(where: { $0.readyAt <= now }) else { continue }
            var app = applications[at: slot]
            let ready = app.starting.enumerated().filter { $0.element.readyAt <= now }
                .sorted { ($0.element.readyAt, $0.offset) < ($1.element.readyAt, $1.offset) }.map(\.element)
            app.starting.removeAll { $0.readyAt <= now }
            for container in ready {
                app.running.append(container)
                app.updates.launched.append(.init(id: container.executorId, host: nodeNames[container.node],
                                                  cores: container.resources.vcores))
            }
            applications[at: slot] = app
        }
    }

    static func sixDigits(_ n: Int) -> String {
        let text = String(n)
        return text.count >= 6 ? text : String(repeating: "0", count: 6 - text.count) + text
    }
}
