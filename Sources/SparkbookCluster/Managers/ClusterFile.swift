import Foundation

/// The description of an emulated YARN or Kubernetes cluster: how many executors fit, how long one takes to
/// start, how many cores each gets. Same format as `spark-defaults.conf` (`key value` or `key=value`, `#`
/// comments), so users need learn nothing new:
///
///     capacity 40            # executors that fit at once
///     executorStartupTime 3s
///     executorCores 2
///     hosts 10               # node names node-1 ... node-10, executors spread round-robin
public struct ClusterFile: Hashable, Sendable {
    public var capacity: Int?
    public var executorStartupTime: ClockDuration?
    public var executorCores: Int?
    public var hosts: Int?

    public init(capacity: Int? = nil, executorStartupTime: ClockDuration? = nil, executorCores: Int? = nil,
                hosts: Int? = nil) {
        self.capacity = capacity
        self.executorStartupTime = executorStartupTime
        self.executorCores = executorCores
        self.hosts = hosts
    }

    public static let knownKeys = ["capacity", "executorStartupTime", "executorCores", "hosts"]

    /// Parses the text; unknown keys and bad values are errors naming the line.
    public init(parsing text: String, source: String = "cluster file") throws(ClusterManagerError) {
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if line.isEmpty { continue }
            let parts = line.split(maxSplits: 1, whereSeparator: { $0 == "=" || $0 == " " || $0 == "\t" })
            let key = parts[0].trimmingCharacters(in: .whitespaces)
            let value = parts.count > 1 ? parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t=")) : ""
            func bad(_ why: String) -> ClusterManagerError {
                ClusterManagerError(code: .invalidClusterFile, key: key,
                                    message: "\(source):\(number + 1): \(why)")
            }
            func positive() throws(ClusterManagerError) -> Int {
                guard let n = Int(value), n > 0 else { throw bad("\(key) must be a positive integer, got '\(value)'") }
                return n
            }
            switch key {
            case "capacity": capacity = try positive()
            case "executorCores": executorCores = try positive()
            case "hosts": hosts = try positive()
            case "executorStartupTime":
                do {
                    executorStartupTime = try SparkDuration.duration(value, key: key, unit: .milliseconds)
                } catch {
                    throw bad("executorStartupTime must be a duration such as 3s or 500ms, got '\(value)'")
                }
            default:
                throw bad("unknown key '\(key)' (known: \(Self.knownKeys.joined(separator: ", ")))")
            }
        }
    }

    public static func load(path: String) throws(ClusterManagerError) -> ClusterFile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw ClusterManagerError(code: .invalidClusterFile, message: "Cannot read cluster file \(path)")
        }
        return try ClusterFile(parsing: text, source: path)
    }
}
