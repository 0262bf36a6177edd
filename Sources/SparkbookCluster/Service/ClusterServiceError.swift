/// Why the `sparkbook cluster` service, or a client of it, refused or stopped, as data: a code and the one line
/// the user reads (`sparkbook cluster: ...`). Rendered by the CLI for the service's own commands, and as a cell's
/// error in a notebook that joined the service.
public struct ClusterServiceError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Sendable {
        case notLoopback
        case authenticationFailed
        case noToken
        case unreachable
        /// The service went away under a running application.
        case lost
        case protocolMismatch
        case malformedMessage
        case system
    }

    public let code: Code
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    static let prefix = "sparkbook cluster: "

    static func notLoopback(_ host: String) -> ClusterServiceError {
        ClusterServiceError(code: .notLoopback, message: prefix + "refusing to listen on \(host): the service binds to "
                            + "loopback only (127.0.0.1), so that only this machine's users can reach it")
    }

    static func authenticationFailed(master: String) -> ClusterServiceError {
        ClusterServiceError(code: .authenticationFailed, message: prefix + "authentication failed at \(master): the "
                            + "client's token does not match the service's (it is in ~/.sparkbook/cluster/, readable "
                            + "by the user who started the service)")
    }

    static func noToken(master: String, path: String) -> ClusterServiceError {
        ClusterServiceError(code: .noToken, message: prefix + "no token for \(master) at \(path): start the service "
                            + "with `sparkbook cluster start`, as the same user")
    }

    static func unreachable(master: String, reason: String) -> ClusterServiceError {
        ClusterServiceError(code: .unreachable, message: prefix + "cannot reach \(master): \(reason) (is "
                            + "`sparkbook cluster start` running?)")
    }

    static func lost(master: String, reason: String) -> ClusterServiceError {
        ClusterServiceError(code: .lost, message: "Lost the cluster service at \(master): \(reason)")
    }

    static func protocolMismatch(expected: Int, got: String) -> ClusterServiceError {
        ClusterServiceError(code: .protocolMismatch, message: prefix + "protocol version \(got) is not supported "
                            + "(this sparkbook speaks version \(expected)); use the same sparkbook for the service "
                            + "and its clients")
    }

    static func malformed(_ what: String) -> ClusterServiceError {
        ClusterServiceError(code: .malformedMessage, message: prefix + "malformed message: \(what)")
    }

    static func system(_ call: String, _ code: Int32) -> ClusterServiceError {
        ClusterServiceError(code: .system, message: prefix + "\(call) failed: \(ServiceSocket.text(of: code))")
    }
}
