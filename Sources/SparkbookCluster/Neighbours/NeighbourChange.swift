/// A change of a neighbour team's executors, as the student is shown it beside their own
/// (`etl-team +4 granted; 12/20 cores in use`): what the team now holds and how full the cluster is.
public struct NeighbourChange: Hashable, Sendable {
    public enum Cause: String, Hashable, Sendable {
        /// The resource manager granted them and they registered.
        case granted
        /// The team's dynamic allocation gave idle ones back.
        case released
        /// The resource manager took them back for a queue below its guarantee.
        case preempted
        case lost
    }

    public var time: ClockTime
    public var team: String
    public var queue: String
    /// Executors gained (positive) or given up (negative).
    public var delta: Int
    public var cause: Cause
    /// The team's executors right after the change.
    public var executors: Int
    /// Cores granted to every application on the cluster right after the change, and the cluster's cores.
    public var clusterCoresInUse: Int
    public var clusterCores: Int

    /// Reads a team's timeline entry; nil for entries that change no executor count (requests, kept notes).
    init?(_ entry: TimelineEntry, team: NeighbourTeam, inUse: Resources, total: Resources) {
        switch entry.kind {
        case .executorsAdded(let ids):
            delta = ids.count
            cause = .granted
        case .executorsRemoved(let ids, let label):
            delta = -ids.count
            cause = !entry.idleRules.isEmpty ? .released : label.hasSuffix("preempted") ? .preempted : .lost
        case .targetChanged, .executorsKept:
            return nil
        }
        time = entry.time
        self.team = team.name
        queue = team.queue
        executors = entry.executors
        clusterCoresInUse = inUse.vcores
        clusterCores = total.vcores
    }
}
