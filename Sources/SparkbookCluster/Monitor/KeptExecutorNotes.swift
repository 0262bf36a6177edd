/// Which idle executors stay past the plain idle timeout because they hold shuffle data or cached blocks (the
/// users' classic "why is my executor still here?"), each noted once per idle period and reason. Shared by the
/// live runtime and the simulator so both timelines say the same.
struct KeptExecutorNotes {
    private struct Note: Hashable {
        let idleSince: ClockTime
        let reason: KeepReason
    }

    private var noted: [String: Note] = [:]

    /// The executors newly kept at `now`, grouped by reason, in order of their first executor id.
    mutating func newlyKept(by policy: ExecutorAllocationPolicy, now: ClockTime) -> [(reason: KeepReason, ids: [String])] {
        let idleTimeout = policy.monitor.timeouts.idle
        var groups: [KeepReason: [String]] = [:]
        for status in policy.executorStatuses(now: now) {
            guard let idleSince = status.idleSince, now >= idleSince + idleTimeout, let reason = status.keptBecause
            else { continue }
            switch reason {
            case .holdsShuffle, .holdsActiveShuffle, .holdsCache: break
            default: continue
            }
            let note = Note(idleSince: idleSince, reason: reason)
            if noted[status.id] == note { continue }
            noted[status.id] = note
            groups[reason, default: []].append(status.id)
        }
        return groups.sorted { $0.value[0] < $1.value[0] }.map { (reason: $0.key, ids: $0.value) }
    }

    /// The executor left: a later one with the same id starts a fresh record.
    mutating func forget(_ executorId: String) {
        noted[executorId] = nil
    }
}
