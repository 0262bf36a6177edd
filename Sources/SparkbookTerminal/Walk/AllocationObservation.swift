import SparkbookCluster

/// What one executor timeline (a live run's or the simulator's) showed of the seed's expected behaviour: the
/// requests made under backlog, the executors released when idle, and the peak. Read from the timeline's
/// entries only, so the closing table says what happened, not what the settings promise.
public struct AllocationObservation: Sendable {
    public struct Request: Sendable, Equatable {
        public let time: ClockTime
        public let delta: Int
        public let target: Int
        /// The backlog timeout that fired (scaled, as the policy used it).
        public let after: ClockDuration
    }

    public struct Release: Sendable, Equatable {
        public let time: ClockTime
        public let ids: [String]
        public let rules: [IdleRule]
        /// Executors left right after it.
        public let executors: Int
    }

    public let requests: [Request]
    public let releases: [Release]
    /// Registered executors just before the first request under backlog.
    public let executorsBeforeScaleUp: Int
    public let peakExecutors: Int
    /// Executors registered after the first request under backlog.
    public let added: Int
    /// Executors kept past the idle timeout because they held shuffle data, in the order first noted.
    public let keptForShuffle: [String]

    public init(_ entries: [TimelineEntry]) {
        var requests: [Request] = [], releases: [Release] = []
        var before: Int?, added = 0
        var keptForShuffle: [String] = []
        for (index, entry) in entries.enumerated() {
            switch entry.kind {
            case .targetChanged(let change):
                guard case .backlog(let after) = change.reason else { continue }
                if before == nil { before = index == 0 ? 0 : entries[index - 1].executors }
                requests.append(Request(time: entry.time, delta: change.delta, target: change.target, after: after))
            case .executorsAdded(let ids):
                if before != nil { added += ids.count }
            case .executorsRemoved(let ids, _):
                guard !entry.idleRules.isEmpty else { continue }  // lost, not released
                releases.append(Release(time: entry.time, ids: ids, rules: entry.idleRules, executors: entry.executors))
            case .executorsKept(let ids, .holdsShuffle):
                keptForShuffle += ids.filter { !keptForShuffle.contains($0) }
            case .executorsKept:
                continue
            }
        }
        self.requests = requests
        self.releases = releases
        executorsBeforeScaleUp = before ?? 0
        peakExecutors = entries.map(\.executors).max() ?? 0
        self.added = added
        self.keptForShuffle = keptForShuffle
    }

    public var scaledUp: Bool { !requests.isEmpty && added > 0 }
    public var released: [String] { releases.flatMap(\.ids) }
}
