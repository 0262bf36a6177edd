import Foundation
import Yams

/// Reading a neighbours file, with the cluster description it names. Every error is a cluster-file error naming
/// `file:line` and the key (`teams.etl-team.jobs[1].every`), unknown keys with the closest known one, and a
/// team's Spark settings are checked by Spark's own rules (Spark's messages) at their line.
///
///     cluster: ../../conf/cluster-shared.yaml   # relative to this file; the default
///     queue: analytics                          # the student's queue (--queue overrides); default: default
///     teams:
///       - name: etl-team
///         queue: etl
///         user: etl-bot                         # default: the team's name
///         arrival: 0s                           # after the classroom starts (cluster time)
///         spark: {spark.dynamicAllocation.maxExecutors: 12}
///         jobs:
///           - name: load                        # default: job N
///             start: 2m                         # after arrival; or after: GAP (after the previous job ends)
///             every: 20m                        # repeats; runs: N limits it
///             stages:
///               - {name: extract, tasks: 36, task-time: 90s}
///               - {name: merge, tasks: 12, task-time: 30s, depends-on: [extract]}
extension NeighboursFile {
    static let topKeys = ["cluster", "queue", "teams"]
    static let teamKeys = ["name", "queue", "user", "arrival", "spark", "jobs"]
    static let jobKeys = ["name", "start", "after", "every", "runs", "stages"]
    static let stageKeys = ["name", "tasks", "task-time", "depends-on"]

    /// Reads the file and the cluster it runs on; checks that every team's queue (and the student's) exists.
    public static func load(path: String) throws(ClusterManagerError) -> (file: NeighboursFile, cluster: ClusterDescription) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DescriptionLocation(file: path).error(key: "(file)", "cannot read the neighbours file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DescriptionLocation(file: path).error(key: "(file)", "is not UTF-8 text")
        }
        return try read(text, path: path, loadCluster: ClusterDescription.load(path:))
    }

    /// Parses `text` (named `path` in errors); `loadCluster` reads the cluster description it names.
    static func read(_ text: String, path: String,
                     loadCluster: (String) throws(ClusterManagerError) -> ClusterDescription)
        throws(ClusterManagerError) -> (file: NeighboursFile, cluster: ClusterDescription) {
        let node = try ClusterYAMLReader.compose(text, file: path, required: "teams", whenEmpty: "it needs at least teams")
        let top = try YAMLMapping(node, file: path, path: "")
        try top.requireOnly(topKeys)
        let directory = (path as NSString).deletingLastPathComponent
        let relative = try top.text("cluster") ?? defaultCluster
        let clusterPath = relative.hasPrefix("/") || directory.isEmpty ? relative
            : (directory as NSString).appendingPathComponent(relative)
        let cluster = try loadCluster(clusterPath)
        let queue = try top.text("queue") ?? ClusterManagerProfile.defaultQueue
        try requireQueue(queue, in: cluster, at: top, key: "queue")
        let list = try top.required("teams", top.sequence)
        if list.isEmpty { throw top.error("teams", "needs at least one team") }
        var teams: [NeighbourTeam] = []
        for (index, node) in list.enumerated() {
            let team = try self.team(node, index: index, file: path, cluster: cluster)
            if teams.contains(where: { $0.name == team.name }) {
                throw top.location("teams").error(key: "teams", "two teams are named '\(team.name)'")
            }
            teams.append(team)
        }
        return (NeighboursFile(path: path, clusterPath: clusterPath, queue: queue, teams: teams), cluster)
    }

    private static func requireQueue(_ queue: String, in cluster: ClusterDescription, at mapping: YAMLMapping,
                                     key: String) throws(ClusterManagerError) {
        guard cluster.kind == .standalone || cluster.queue(named: queue) != nil else {
            throw mapping.error(key, "no queue '\(queue)' in the cluster (queues: "
                + cluster.queues.map(\.name).joined(separator: ", ") + ")")
        }
    }

    private static func team(_ node: Node, index: Int, file: String, cluster: ClusterDescription)
        throws(ClusterManagerError) -> NeighbourTeam {
        let first = try YAMLMapping(node, file: file, path: "teams[\(index + 1)]")
        let name = try first.required("name", first.text)
        let entry = try YAMLMapping(node, file: file, path: "teams.\(name)", line: first.line)
        try entry.requireOnly(teamKeys)
        let queue = try entry.required("queue", entry.text)
        try requireQueue(queue, in: cluster, at: entry, key: "queue")
        var team = NeighbourTeam(name: name, queue: queue, user: try entry.text("user") ?? name,
                                 arrival: try entry.duration("arrival") ?? .zero,
                                 properties: try sparkSettings(entry.mapping("spark")), jobs: [])
        let jobs = try entry.required("jobs", entry.sequence)
        if jobs.isEmpty { throw entry.error("jobs", "needs at least one job") }
        for (number, node) in jobs.enumerated() {
            let job = try YAMLMapping(node, file: file, path: entry.keyPath("jobs[\(number + 1)]"))
            if number > 0, let previous = team.jobs.last, previous.every != nil, previous.runs == nil {
                throw job.location().error(key: job.path, "never starts: the job before it repeats without end "
                    + "(give it runs: N)")
            }
            team.jobs.append(try self.job(job, number: number + 1))
        }
        if let spark = try entry.mapping("spark") {
            do {
                _ = try NeighbourApplication.setup(for: team, timeScale: .realTime)
            } catch let error as ConfigError {
                throw spark.location(error.key).error(key: spark.keyPath(error.key ?? ""), error.message)
            } catch let error as ClusterManagerError {
                throw spark.location(error.key).error(key: spark.keyPath(error.key ?? ""), error.message)
            } catch {
                throw spark.location().error(key: spark.path, "\(error)")
            }
        }
        return team
    }

    /// The team's Spark properties, as written (checked with the team once read).
    private static func sparkSettings(_ mapping: YAMLMapping?) throws(ClusterManagerError) -> [String: String] {
        guard let mapping else { return [:] }
        try mapping.requireOnly(NeighbourTeam.settableKeys)
        var properties: [String: String] = [:]
        for key in NeighbourTeam.settableKeys {
            if let value = try mapping.text(key) { properties[key] = value }
        }
        return properties
    }

    private static func job(_ entry: YAMLMapping, number: Int) throws(ClusterManagerError) -> NeighbourJob {
        try entry.requireOnly(jobKeys)
        if entry.contains("start"), entry.contains("after") {
            throw entry.error("after", "a job starts at a time (start) or after the previous job (after), not both")
        }
        var start = NeighbourJob.Start.afterPrevious(gap: try entry.duration("after") ?? .zero)
        if let at = try entry.duration("start") { start = .at(at) }
        let every = try entry.duration("every")
        if let every, every <= .zero { throw entry.error("every", "must be above 0s") }
        let runs = try entry.positiveInt("runs")
        if runs != nil, every == nil { throw entry.error("runs", "counts the runs of a job that repeats: add every") }
        let list = try entry.required("stages", entry.sequence)
        var mappings: [YAMLMapping] = []
        var stages: [SimulationWorkload.Stage] = []
        for (index, node) in list.enumerated() {
            let stage = try YAMLMapping(node, file: entry.file, path: entry.keyPath("stages[\(index + 1)]"))
            try stage.requireOnly(stageKeys)
            let time = try stage.required("task-time", stage.duration)
            if time <= .zero { throw stage.error("task-time", "must be above 0s") }
            var dependsOn: [String] = []
            for node in try stage.sequence("depends-on") ?? [] {
                guard let name = node.string else { throw stage.error("depends-on", "expected stage names") }
                dependsOn.append(name)
            }
            mappings.append(stage)
            stages.append(.init(name: try stage.required("name", stage.text), tasks: try stage.required("tasks", stage.positiveInt),
                                taskTime: .fixed(seconds: Double(time.milliseconds) / 1000), dependsOn: dependsOn))
        }
        // The simulator's own rules for a job's stages (at least one, unique names, earlier dependencies only).
        do throws(SimulationError) {
            try SimulationWorkload(stages: stages).validate()
        } catch {
            let index = error.location.flatMap(Self.stageIndex)
            let key = error.location?.hasSuffix("dependsOn") == true ? "depends-on" : "name"
            guard let index, index < mappings.count else { throw entry.error("stages", error.message) }
            throw mappings[index].error(key, error.message)
        }
        return NeighbourJob(name: try entry.text("name") ?? "job \(number)", stages: stages, start: start,
                            every: every, runs: runs)
    }

    /// `stages[3].name` → 3.
    private static func stageIndex(_ location: String) -> Int? {
        guard let open = location.firstIndex(of: "["), let close = location.firstIndex(of: "]") else { return nil }
        return Int(location[location.index(after: open)..<close])
    }
}
