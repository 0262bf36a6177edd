/// A neighbours file (`--neighbours FILE`, YAML): the cluster the classroom runs on, the queue the student's
/// notebook goes to, and the synthetic teams sharing it. Times are cluster time, as a team would state them
/// (a load every 20 minutes); `--time-scale` shortens them with every timeout, so at the walkthrough's 0.02 a
/// 20-minute period passes in 24 s.
public struct NeighboursFile: Hashable, Sendable {
    /// The file it was read from (errors and notes name it).
    public var path: String
    /// The cluster description's path, resolved against the neighbours file's folder.
    public var clusterPath: String
    /// The student's queue, unless `--queue` names another.
    public var queue: String
    public var teams: [NeighbourTeam]

    /// The cluster when the file names none, relative to the file (`notebooks/neighbours/` → `conf/`).
    public static let defaultCluster = "../../conf/cluster-shared.yaml"
    public static let defaultQueue = "analytics"

    public init(path: String, clusterPath: String, queue: String = Self.defaultQueue, teams: [NeighbourTeam]) {
        self.path = path
        self.clusterPath = clusterPath
        self.queue = queue
        self.teams = teams
    }
}
