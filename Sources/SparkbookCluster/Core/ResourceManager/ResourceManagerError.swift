/// Why the resource manager refused an application, with the words YARN or Kubernetes use.
public struct ResourceManagerError: Error, Hashable, Sendable {
    public enum Code: String, Hashable, Sendable {
        case unknownQueue
        case unknownApplication
    }

    public let code: Code
    public let message: String

    static func unknownQueue(_ queue: String, user: String, known: [String]) -> ResourceManagerError {
        ResourceManagerError(
            code: .unknownQueue,
            message: "Application submitted by user \(user) to unknown queue: \(queue) (queues: \(known.joined(separator: ", ")))")
    }

    static func unknownApplication(_ id: String) -> ResourceManagerError {
        ResourceManagerError(code: .unknownApplication, message: "Application \(id) is not known to the resource manager")
    }
}
