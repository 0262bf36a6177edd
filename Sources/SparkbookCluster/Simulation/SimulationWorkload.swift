import Foundation

/// What to simulate: the cluster (master, allocation properties, cluster description), one job's stages with
/// their synthetic tasks, how long to keep watching after the job, and the seed for task times.
public struct SimulationWorkload: Hashable, Sendable {
    /// One stage of the job. Stages that others depend on write a shuffle (their tasks are map tasks).
    public struct Stage: Hashable, Sendable {
        public var name: String
        public var tasks: Int
        public var taskTime: TaskDuration
        /// Names of earlier stages that must finish before this one is submitted.
        public var dependsOn: [String]

        public init(name: String, tasks: Int, taskTime: TaskDuration, dependsOn: [String] = []) {
            self.name = name
            self.tasks = tasks
            self.taskTime = taskTime
            self.dependsOn = dependsOn
        }
    }

    public var appName: String
    /// `--master`; nil means the embedded cluster.
    public var master: String?
    /// Spark properties, exactly as a session would get them.
    public var properties: [String: String]
    /// The emulated cluster (capacity, start-up time, cores, hosts) for yarn / k8s profiles.
    public var cluster: ClusterFile?
    public var stages: [Stage]
    /// How long to keep simulating after the job ends (idle executors leave meanwhile); nil means the idle
    /// timeout plus 10 s, enough to see the release.
    public var idleAfter: ClockDuration?
    public var seed: UInt64

    public init(appName: String = "sparkbook-simulation", master: String? = nil, properties: [String: String] = [:],
                cluster: ClusterFile? = nil, stages: [Stage], idleAfter: ClockDuration? = nil, seed: UInt64 = 0) {
        self.appName = appName
        self.master = master
        self.properties = properties
        self.cluster = cluster
        self.stages = stages
        self.idleAfter = idleAfter
        self.seed = seed
    }

    /// Reads a workload file (JSON, see `init(json:)`).
    public static func load(path: String) throws(SimulationError) -> SimulationWorkload {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw SimulationError(code: .unreadableWorkload, message: "Cannot read workload \(path): "
                                  + error.localizedDescription)
        }
        return try SimulationWorkload(json: data)
    }

    /// Checks what the simulator relies on: at least one stage, unique names, positive task counts, and
    /// dependencies on earlier stages only (so the job always finishes).
    public func validate() throws(SimulationError) {
        guard !stages.isEmpty else {
            throw SimulationError(code: .invalidWorkload, message: "A workload needs at least one stage.",
                                  location: "stages")
        }
        var seen: Set<String> = []
        for (index, stage) in stages.enumerated() {
            let location = "stages[\(index)]"
            guard !seen.contains(stage.name) else {
                throw SimulationError(code: .invalidWorkload, message: "Duplicate stage name '\(stage.name)'.",
                                      location: location + ".name")
            }
            guard stage.tasks > 0 else {
                throw SimulationError(code: .invalidWorkload, message: "A stage needs at least one task.",
                                      location: location + ".tasks")
            }
            for dependency in stage.dependsOn where !seen.contains(dependency) {
                throw SimulationError(
                    code: .invalidWorkload,
                    message: "'\(dependency)' is not an earlier stage (a stage may only depend on stages listed "
                        + "before it).", location: location + ".dependsOn")
            }
            seen.insert(stage.name)
        }
    }
}
