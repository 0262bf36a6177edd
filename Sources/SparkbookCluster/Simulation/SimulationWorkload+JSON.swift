import Foundation

/// The workload file format: JSON, because Foundation parses it.
///
///     {"master": "yarn", "properties": {"spark.dynamicAllocation.enabled": "true"},
///      "cluster": {"capacity": 100, "executorStartupTime": "3s", "executorCores": 4, "hosts": 10},
///      "stages": [{"name": "scan", "inputBytes": "500g", "splitBytes": "128m", "bytesPerSecondPerTask": "50m"},
///                 {"name": "aggregate", "tasks": 200, "taskSeconds": {"mean": 4, "stddev": 1},
///                  "dependsOn": ["scan"]}],
///      "idleAfterSeconds": 120, "seed": 7}
///
/// A stage gives `tasks` and `taskSeconds` (a number, or `{"mean", "stddev"}`), or a data size: tasks =
/// ceil(inputBytes / splitBytes), task time = splitBytes / bytesPerSecondPerTask. The three data keys may also
/// sit at the top level, as defaults for every stage that gives `inputBytes` or no `tasks` (the scan stage).
/// Sizes take Spark's forms (`500g`, `128m`) or plain byte counts.
extension SimulationWorkload {
    /// Spark's `spark.sql.files.maxPartitionBytes` default, 128 MiB.
    static let defaultSplitBytes: Int64 = 128 * 1024 * 1024

    public init(json data: Data) throws(SimulationError) {
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: data) } catch {
            throw SimulationError(code: .unreadableWorkload, message: "The workload is not valid JSON: "
                                  + error.localizedDescription)
        }
        guard let root = parsed as? [String: Any] else {
            throw SimulationError(code: .invalidWorkload, message: "The workload must be a JSON object.")
        }
        let top = JSONFields(root, location: "")
        try top.rejectUnknown(["name", "master", "properties", "cluster", "stages", "idleAfterSeconds", "seed",
                               "inputBytes", "splitBytes", "bytesPerSecondPerTask"])
        var properties: [String: String] = [:]
        if let raw = try top.object("properties") {
            for (key, value) in raw.values { properties[key] = try raw.scalarText(key) ?? "\(value)" }
        }
        var cluster: ClusterFile?
        if let raw = try top.object("cluster") {
            try raw.rejectUnknown(ClusterFile.knownKeys)
            var file = ClusterFile()
            file.capacity = try raw.int("capacity", minimum: 0)
            file.executorCores = try raw.int("executorCores", minimum: 1)
            file.hosts = try raw.int("hosts", minimum: 1)
            if let text = try raw.scalarText("executorStartupTime") {
                do { file.executorStartupTime = try SparkDuration.duration(text, key: "executorStartupTime",
                                                                           unit: .milliseconds) } catch {
                    throw SimulationError(code: .invalidWorkload, message: error.message,
                                          location: raw.path("executorStartupTime"))
                }
            }
            cluster = file
        }
        let defaults = DataSize(input: try top.bytes("inputBytes"), split: try top.bytes("splitBytes"),
                                throughput: try top.bytes("bytesPerSecondPerTask"))
        guard let rawStages = top.values["stages"] as? [Any] else {
            throw SimulationError(code: .invalidWorkload, message: "Missing the list of stages.", location: "stages")
        }
        var stages: [Stage] = []
        for (index, element) in rawStages.enumerated() {
            let location = "stages[\(index)]"
            guard let object = element as? [String: Any] else {
                throw SimulationError(code: .invalidWorkload, message: "A stage must be a JSON object.",
                                      location: location)
            }
            stages.append(try Self.stage(JSONFields(object, location: location), index: index, defaults: defaults))
        }
        var idleAfter: ClockDuration?
        if let seconds = try top.double("idleAfterSeconds", minimum: 0) {
            idleAfter = .milliseconds(Int64((seconds * 1000).rounded()))
        }
        let seed = try top.int("seed", minimum: 0).map(UInt64.init) ?? 0
        self.init(appName: try top.string("name") ?? "sparkbook-simulation", master: try top.string("master"),
                  properties: properties, cluster: cluster, stages: stages, idleAfter: idleAfter, seed: seed)
        try validate()
    }

    private struct DataSize {
        var input: Int64?
        var split: Int64?
        var throughput: Int64?
    }

    private static func stage(_ fields: JSONFields, index: Int, defaults: DataSize) throws(SimulationError) -> Stage {
        try fields.rejectUnknown(["name", "tasks", "taskSeconds", "dependsOn", "inputBytes", "splitBytes",
                                  "bytesPerSecondPerTask"])
        let name = try fields.string("name") ?? "stage \(index)"
        var dependsOn: [String] = []
        if let raw = fields.values["dependsOn"] {
            guard let names = raw as? [String] else {
                throw SimulationError(code: .invalidWorkload, message: "dependsOn must be a list of stage names.",
                                      location: fields.path("dependsOn"))
            }
            dependsOn = names
        }
        var tasks = try fields.int("tasks", minimum: 1)
        var time = try taskTime(fields)
        let ownInput = try fields.bytes("inputBytes")
        if ownInput != nil || tasks == nil {
            guard let input = ownInput ?? defaults.input else {
                throw SimulationError(code: .invalidWorkload,
                                      message: "A stage needs tasks (with taskSeconds) or inputBytes.",
                                      location: fields.location)
            }
            let split = try fields.bytes("splitBytes") ?? defaults.split ?? Self.defaultSplitBytes
            guard split > 0 else {
                throw SimulationError(code: .invalidWorkload, message: "splitBytes must be positive.",
                                      location: fields.path("splitBytes"))
            }
            tasks = tasks ?? Int(max(1, (input + split - 1) / split))
            if time == nil {
                guard let throughput = try fields.bytes("bytesPerSecondPerTask") ?? defaults.throughput,
                    throughput > 0
                else {
                    throw SimulationError(code: .invalidWorkload,
                                          message: "Give taskSeconds or a positive bytesPerSecondPerTask.",
                                          location: fields.path("bytesPerSecondPerTask"))
                }
                time = .fixed(seconds: Double(split) / Double(throughput))
            }
        }
        guard let tasks, let time else {
            throw SimulationError(code: .invalidWorkload, message: "A stage with tasks needs taskSeconds.",
                                  location: fields.path("taskSeconds"))
        }
        return Stage(name: name, tasks: tasks, taskTime: time, dependsOn: dependsOn)
    }

    private static func taskTime(_ fields: JSONFields) throws(SimulationError) -> TaskDuration? {
        guard let raw = fields.values["taskSeconds"] else { return nil }
        if let object = raw as? [String: Any] {
            let spec = JSONFields(object, location: fields.path("taskSeconds"))
            try spec.rejectUnknown(["mean", "stddev"])
            guard let mean = try spec.double("mean", minimum: 0) else {
                throw SimulationError(code: .invalidWorkload, message: "Missing the mean.", location: spec.path("mean"))
            }
            return .normal(meanSeconds: mean, stddevSeconds: try spec.double("stddev", minimum: 0) ?? 0)
        }
        guard let seconds = try fields.double("taskSeconds", minimum: 0) else { return nil }
        return .fixed(seconds: seconds)
    }
}
