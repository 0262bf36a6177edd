/// A problem choosing or configuring the cluster manager, as data: a code, the key or master at fault, and the
/// message Spark (or Databricks, for serverless) prints for the same mistake.
public struct ClusterManagerError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Sendable {
        /// The master string matches no known form (`SparkException: Could not parse Master URL`).
        case unparsableMaster
        /// The master parses but asks for something impossible (`Asked to run locally with 0 threads`).
        case invalidMaster
        /// Serverless compute refuses to let users set this key.
        case configNotAvailable
        /// The cluster file names an unknown key or a value that does not parse.
        case invalidClusterFile
        /// A setting the chosen manager cannot honour (e.g. the external shuffle service on Kubernetes).
        case unsupportedByManager
        /// The resource manager refused the application (an unknown queue).
        case refusedByResourceManager
        /// No executor of the asked size fits any worker, so a job could never run (Spark waits forever).
        case noExecutorFits
    }

    public let code: Code
    public let key: String?
    public let message: String

    public init(code: Code, key: String? = nil, message: String) {
        self.code = code
        self.key = key
        self.message = message
    }

    public var description: String { message }

    static func unparsableMaster(_ master: String) -> ClusterManagerError {
        ClusterManagerError(code: .unparsableMaster, message: "Could not parse Master URL: '\(master)'")
    }
}
