/// One row of a live `:executors` table: what an executor is doing and when (and why not)
/// dynamic allocation will release it.
public struct ExecutorStatus: Hashable, Sendable {
    public let id: String
    public let runningTasks: Int
    public let idleSince: ClockTime?
    /// When it will be released if nothing changes (`.never` if busy, pinned or infinite).
    public let releaseAt: ClockTime
    /// Whole seconds (rounded up) until release; nil when it will not be released (busy, pinned, infinite, or
    /// timed out but kept at `minExecutors` or the target: it stays until that changes, not for a time).
    public let secondsUntilRelease: Int?
    public let rule: IdleRule
    public let cachedRDDs: [Int]
    public let shuffleIds: [Int]
    public let hasActiveShuffle: Bool
    public let pendingRemoval: Bool
    /// Why it is still here; nil when it is going (pending removal, or removed next tick).
    public let keptBecause: KeepReason?
}

/// The reason an executor is not (yet) released.
public enum KeepReason: Hashable, Sendable, CustomStringConvertible {
    case runningTasks(Int)
    /// Holds output of shuffles a running job needs: never removed until those jobs end.
    case holdsActiveShuffle([Int])
    /// Idle, holding inactive shuffle data: waits for `shuffleTracking.timeout`.
    case holdsShuffle([Int])
    /// Idle, holding cached blocks of these RDDs: waits for `cachedExecutorIdleTimeout`.
    case holdsCache([Int])
    /// Idle, waiting for `executorIdleTimeout`.
    case idleTimeoutNotReached
    /// Timed out, but removing it would go below `minExecutors`.
    case floor(min: Int)
    /// Timed out, but removing it would go below the current target.
    case target(Int)

    public var description: String {
        switch self {
        case .runningTasks(let n): "running \(n) task\(n == 1 ? "" : "s")"
        case .holdsActiveShuffle(let ids): "shuffle \(Self.list(ids)) in use"
        case .holdsShuffle(let ids): "holds shuffle data (shuffle \(Self.list(ids)))"
        case .holdsCache(let ids): "caches rdd \(Self.list(ids))"
        case .idleTimeoutNotReached: "idle"
        case .floor(let min): "kept at minExecutors = \(min)"
        case .target(let target): "kept at target \(target)"
        }
    }

    /// Timed out but kept by the executor count, not by anything it holds: no release is scheduled.
    var isFloorOrTarget: Bool {
        switch self {
        case .floor, .target: true
        default: false
        }
    }

    private static func list(_ ids: [Int]) -> String { ids.map(String.init).joined(separator: ",") }
}

extension ExecutorAllocationPolicy {
    /// A snapshot of every executor at `now`, in the policy's executor order.
    public func executorStatuses(now: ClockTime) -> [ExecutorStatus] {
        let timedOut = monitor.timedOutExecutors(now: now)
        var kept: [String: KeepReason] = [:]
        var remaining = monitor.executorCount - monitor.pendingRemovalCount
        for id in timedOut {
            if remaining - 1 < config.minExecutors {
                kept[id] = .floor(min: config.minExecutors)
            } else if remaining - 1 < target {
                kept[id] = .target(target)
            } else {
                remaining -= 1
            }
        }
        return monitor.order.sorted(monitor.executors.keys).compactMap { id in
            guard let tracker = monitor.tracker(id), let releaseAt = monitor.deadline(of: id),
                let rule = monitor.idleRule(of: id)
            else { return nil }
            let reason: KeepReason?
            if tracker.pendingRemoval {
                reason = nil
            } else if tracker.runningTasks > 0 {
                reason = .runningTasks(tracker.runningTasks)
            } else if tracker.hasActiveShuffle {
                reason = .holdsActiveShuffle(tracker.shuffleIds.sorted())
            } else if releaseAt > now {
                if tracker.holdsCache {
                    reason = .holdsCache(tracker.cachedBlocks.keys.sorted())
                } else if tracker.holdsShuffle {
                    reason = .holdsShuffle(tracker.shuffleIds.sorted())
                } else {
                    reason = .idleTimeoutNotReached
                }
            } else {
                reason = kept[id]
            }
            var seconds: Int?
            if !releaseAt.isNever && !tracker.pendingRemoval && !(reason?.isFloorOrTarget ?? false) {
                let left = max(0, (releaseAt - now).milliseconds)
                seconds = Int((left + 999) / 1000)
            }
            return ExecutorStatus(
                id: id, runningTasks: tracker.runningTasks, idleSince: tracker.idleStart, releaseAt: releaseAt,
                secondsUntilRelease: seconds, rule: rule, cachedRDDs: tracker.cachedBlocks.keys.sorted(),
                shuffleIds: tracker.shuffleIds.sorted(), hasActiveShuffle: tracker.hasActiveShuffle,
                pendingRemoval: tracker.pendingRemoval, keptBecause: reason)
        }
    }
}
