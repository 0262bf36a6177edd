/// YARN's `ProportionalCapacityPreemptionPolicy`, a monitor that runs every `monitoring_interval`. Each round
/// starts afresh, as YARN's does: it computes each queue's ideal share (its guarantee, or its demand if smaller,
/// then what is left spread over the queues that want more in proportion to their guarantees, never above their
/// maximum); a queue using more than its guarantee by the dead zone (`max_ignored_over_capacity`) is asked for
/// `natural_termination_factor` of its excess over the ideal share; containers are selected newest first while
/// any of that is left and while each still fits in what the round may take (`total_preemption_per_round` of
/// the cluster). A container selected round after round since `max_wait_before_kill` is killed; one no longer
/// selected is forgiven. A queue is never taken below its guarantee nor its ideal share. With Hadoop's defaults this is gradual on
/// a small cluster (a round of a 20-executor cluster selects at most 2): platform engineers raise the factor
/// and the per-round share to reclaim faster.
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
        var allowance = settings.totalPreemptionPerRound
        for queue in description.queues where !queue.preemptionDisabled {
            let used = share(queueUsed[queue.name] ?? .zero)
            let guaranteed = queue.capacityPercent / 100
            let idealShare = ideal[queue.name] ?? 0
            let excess = used - idealShare
            guard used > guaranteed * (1 + settings.maxIgnoredOverCapacity) + 1e-9, excess > 1e-9 else {
                preemptionStalled.remove(queue.name)
                continue
            }
            var toObtain = excess * settings.naturalTerminationFactor
            var taken = 0.0
            var tooLarge: Container?
            for container in preemptionCandidates(in: queue.name) {
                guard toObtain > 1e-9 else { break }
                let size = share(container.resources)
                // Within the round's allowance, and never below the queue's guarantee, nor below its ideal share:
                // YARN may overshoot by one container there, which on a small cluster hands a container back and
                // forth between two queues every wait; Sparkbook stops short.
                guard used - taken - size >= max(guaranteed, idealShare) - 1e-9 else { continue }
                guard size <= allowance + 1e-9 else {
                    if taken == 0 && size > settings.totalPreemptionPerRound + 1e-9 { tooLarge = container }
                    continue
                }
                toObtain -= size
                allowance -= size
                taken += size
                if let markedAt = preemptionMarks[container.id] {
                    marks[container.id] = markedAt
                } else {
                    marks[container.id] = now
                    decide(.preemptionMarked, application: container.applicationId, queue: queue.name,
                           executor: container.executorId, host: nodeNames[container.node],
                           detail: neediestQueue().map { "for queue \($0.name)" }, now: now)
                }
            }
            // Hadoop's default share of a round (10 %) is less than one executor on a small cluster: say why
            // nothing happens rather than leave the starved queue waiting in silence.
            if taken == 0, let tooLarge, preemptionStalled.insert(queue.name).inserted {
                decide(.preemptionStalled, application: tooLarge.applicationId, queue: queue.name,
                       executor: nil, host: nil,
                       detail: "each container (\(tooLarge.resources)) is more than a round may take: "
                           + "total-preemption-per-round \(settings.totalPreemptionPerRound) of the cluster is "
                           + "\(totalResources.scaled(by: settings.totalPreemptionPerRound)); raise it", now: now)
            }
        }
        preemptionMarks = marks
        for containerId in marks.filter({ now - $0.value >= preemptionWait }).keys.sorted() {
            kill(containerId, now: now)
        }
    }

    /// A queue's running and starting containers in the order YARN preempts them: applications submitted last
    /// first, within one the newest container first (so the same containers are selected round after round).
    func preemptionCandidates(in queue: String) -> [Container] {
        var list: [Container] = []
        for app in applications.all.reversed() where app.queue == queue {
            list += app.granted.sorted { ($0.grantedAt, $0.id) > ($1.grantedAt, $1.id) }
        }
        return list
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
