/// YARN's `ProportionalCapacityPreemptionPolicy`, a monitor that runs every `monitoring_interval`: it computes
/// each queue's ideal share (its guarantee, or its demand if smaller, then what is left spread over the queues
/// that want more in proportion to their guarantees, never above their maximum), marks containers of queues
/// over their ideal share by more than the dead zone, newest first, and kills a container still marked
/// `max_wait_before_kill` after it was first marked. As in YARN, each queue's marks grow per round by
/// `natural_termination_factor` of its excess and a round marks up to `total_preemption_per_round` of the
/// cluster, both counted in whole containers (marking goes on while any of the amount is left), so a queue
/// starved of 30 % of a 16-executor cluster gets 2 marks a round and reaches its guarantee after the wait plus
/// about as many rounds as a tenth of the cluster goes into its deficit. A queue is never taken below its ideal
/// share, hence never below its guarantee.
extension ResourceManager {
    mutating func preemptIfDue(now: ClockTime) {
        let settings = description.preemption
        guard description.kind == .yarn, settings.enabled else { return }
        guard let due = nextPreemptionRound else {
            nextPreemptionRound = now + preemptionInterval
            return
        }
        guard now >= due else { return }
        nextPreemptionRound = now + preemptionInterval
        let ideal = idealShares()
        var marks: [String: ClockTime] = [:]
        var budget = settings.totalPreemptionPerRound
        for queue in description.queues where !queue.preemptionDisabled {
            let used = share(queueUsed[queue.name] ?? .zero)
            let idealShare = ideal[queue.name] ?? 0
            guard used > idealShare * (1 + settings.maxIgnoredOverCapacity) + 1e-9 else { continue }
            let excess = used - idealShare
            let candidates = preemptionCandidates(in: queue.name)
            let alreadyMarked = candidates.reduce(0.0) { sum, c in
                preemptionMarks[c.id] != nil ? sum + share(c.resources) : sum
            }
            let target = min(excess, alreadyMarked + max(excess * settings.naturalTerminationFactor, 1e-9))
            var covered = 0.0
            for container in candidates where covered < target - 1e-9 {
                let size = share(container.resources)
                // Never below the ideal share.
                guard covered + size <= excess + 1e-9 else { continue }
                if let markedAt = preemptionMarks[container.id] {
                    marks[container.id] = markedAt
                } else {
                    // As YARN, a round keeps marking while any of its budget is left (the last mark may go over).
                    guard budget > 1e-9 else { continue }
                    budget -= size
                    marks[container.id] = now
                    decide(.preemptionMarked, application: container.applicationId, queue: queue.name,
                           executor: container.executorId, host: nodeNames[container.node],
                           detail: neediestQueue(ideal: ideal).map { "for queue \($0)" }, now: now)
                }
                covered += size
            }
        }
        preemptionMarks = marks
        for containerId in marks.filter({ now - $0.value >= preemptionWait }).keys.sorted() {
            kill(containerId, now: now)
        }
    }

    /// A queue's running and starting containers in the order YARN preempts them: applications submitted last
    /// first, within one the newest container first; containers already marked lead, so marks are kept.
    func preemptionCandidates(in queue: String) -> [Container] {
        var list: [Container] = []
        for app in applications.all.reversed() where app.queue == queue {
            list += app.granted.sorted { ($0.grantedAt, $0.id) > ($1.grantedAt, $1.id) }
        }
        let marked = list.filter { preemptionMarks[$0.id] != nil }
        return marked + list.filter { preemptionMarks[$0.id] == nil }
    }

    /// Each queue's ideal share of the cluster by water-filling, as YARN's preemption policy computes it.
    func idealShares() -> [String: Double] {
        var demand: [String: Double] = [:]
        for queue in description.queues {
            var wanted = queueUsed[queue.name] ?? .zero
            for app in applications.all where app.queue == queue.name {
                wanted += app.executorSize * (app.waiting + app.admittedPods)
            }
            demand[queue.name] = min(share(wanted), queue.maximumCapacityPercent / 100)
        }
        var ideal: [String: Double] = [:]
        for queue in description.queues { ideal[queue.name] = min(demand[queue.name]!, queue.capacityPercent / 100) }
        var remaining = 1 - ideal.values.reduce(0, +)
        for _ in description.queues {
            let wanting = description.queues.filter { ideal[$0.name]! < demand[$0.name]! - 1e-12 }
            guard !wanting.isEmpty, remaining > 1e-12 else { break }
            let weights = wanting.reduce(0.0) { $0 + $1.capacityPercent }
            var given = 0.0
            for queue in wanting {
                let weight = weights > 0 ? queue.capacityPercent / weights : 1 / Double(wanting.count)
                let add = min(remaining * weight, demand[queue.name]! - ideal[queue.name]!)
                ideal[queue.name]! += add
                given += add
            }
            remaining -= given
            if given <= 1e-12 { break }
        }
        return ideal
    }

    /// The queue with pending demand furthest below its guarantee (named in preemption decisions).
    func neediestQueue(ideal: [String: Double]) -> String? {
        description.queues.filter { queue in
            applications.all.contains { $0.queue == queue.name && $0.waiting > 0 }
        }.min { usedRatio($0) < usedRatio($1) }?.name
    }

    /// Kills a marked container: a running executor is reported to its application as preempted (its tasks run
    /// again elsewhere, not counted as failures); a starting one is simply replaced by a new request.
    mutating func kill(_ containerId: String, now: ClockTime) {
        for app in applications.all {
            let id = app.id
            guard let container = app.granted.first(where: { $0.id == containerId }) else { continue }
            let wasRunning = app.running.contains { $0.id == containerId }
            _ = removeContainer(container.executorId, of: id)
            free(container, as: .preempted, now: now)
            if wasRunning {
                applications[id]!.updates.preempted.append(.init(
                    executorId: container.executorId,
                    reason: "Container \(container.id) on host: \(nodeNames[container.node]) was preempted."))
            } else {
                executorLost(container.executorId, of: id, now: now)
            }
            return
        }
    }

    func share(_ resources: Resources) -> Double { calculator.share(resources, of: totalResources) }
}
