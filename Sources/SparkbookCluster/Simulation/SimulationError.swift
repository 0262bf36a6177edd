/// A problem with a simulation, as data: what kind, the message, and where in the workload it lies
/// (`stages[1].taskSeconds`, `properties.spark.dynamicAllocation.maxExecutors`), when it lies somewhere.
public struct SimulationError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Sendable {
        /// The workload file cannot be read or is not JSON.
        case unreadableWorkload
        /// A field is missing, has the wrong type or an impossible value.
        case invalidWorkload
        /// Spark (or the cluster manager profile) rejects the allocation settings, with Spark's message.
        case invalidConfiguration
        /// Nothing can ever run (e.g. no executors and none will come); the job would never end.
        case stalled
        /// The event log cannot be written.
        case eventLog
    }

    public let code: Code
    public let message: String
    public let location: String?

    public init(code: Code, message: String, location: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }
}
