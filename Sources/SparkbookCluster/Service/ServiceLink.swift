/// A client's authenticated connection to the service: connect, answer the challenge with the token's proof,
/// read the welcome. Shared by applications (`RemoteResourceManagerClient`) and the control commands
/// (`cluster status`, `cluster stop`).
public struct ServiceLink: Sendable {
    public let master: String
    let socket: ServiceSocket
    /// The executor start-up time the service's cluster has (the application's profile uses it).
    public let executorStartupMillis: Int
    public let kind: String

    /// Connects and authenticates with the token in `tokenDirectory` (or the one given).
    public static func open(host: String, port: Int, tokenDirectory: String = ServiceToken.defaultDirectory,
                            token: ServiceToken? = nil) throws(ClusterServiceError) -> ServiceLink {
        let master = MasterURL.service(host: host, port: port).description
        let secret: ServiceToken
        if let token { secret = token } else { secret = try ServiceToken.read(directory: tokenDirectory, port: port, master: master) }
        let socket = try ServiceSocket.connect(host: host, port: port)
        socket.setReceiveTimeout(milliseconds: 10_000)
        guard let challenge = socket.readLine().flatMap(ServiceMessage.init(line:)), challenge.type == "challenge",
              let nonce = challenge.string("nonce")
        else {
            socket.close()
            throw .malformed("\(master) did not send a challenge (is it a sparkbook cluster service?)")
        }
        guard challenge.int("protocol") == ServiceMessage.protocolVersion else {
            socket.close()
            throw .protocolMismatch(expected: ServiceMessage.protocolVersion,
                                    got: challenge.fields["protocol"].map { "\($0)" } ?? "none")
        }
        socket.send(ServiceMessage.line("auth", [("protocol", .int(ServiceMessage.protocolVersion)),
                                                 ("proof", .string(secret.proof(nonce: nonce)))]))
        guard let answer = socket.readLine().flatMap(ServiceMessage.init(line:)) else {
            socket.close()
            throw .lost(master: master, reason: "the connection closed during authentication")
        }
        guard answer.type == "welcome" else {
            socket.close()
            let code = answer.string("code").flatMap(ClusterServiceError.Code.init(rawValue:)) ?? .authenticationFailed
            throw ClusterServiceError(code: code, message: answer.string("message")
                                      ?? ClusterServiceError.authenticationFailed(master: master).message)
        }
        socket.setReceiveTimeout(milliseconds: nil)
        return ServiceLink(master: master, socket: socket,
                           executorStartupMillis: answer.int("executorStartupMillis") ?? 0,
                           kind: answer.string("kind") ?? "yarn")
    }

    /// Sends a request and waits for its answer (control commands).
    /// An `error` reply is thrown unless `errorsAnswer` (a submission's refusal is the caller's to read).
    func request(_ line: String, errorsAnswer: Bool = false) throws(ClusterServiceError) -> ServiceMessage {
        guard socket.send(line), let reply = socket.readLine().flatMap(ServiceMessage.init(line:)) else {
            throw .lost(master: master, reason: "the connection closed")
        }
        if reply.type == "error" && !errorsAnswer {
            throw ClusterServiceError(code: .malformedMessage, message: reply.string("message") ?? "error")
        }
        return reply
    }

    /// The service's status now.
    public func status() throws(ClusterServiceError) -> ClusterServiceStatus {
        let reply = try request(ServiceMessage.line("status"))
        guard let document = reply.json("status") else { throw .malformed("a status reply without a status") }
        return try ClusterServiceStatus(parsing: document)
    }

    /// Asks the service to stop; returns once it said so.
    public func stop() throws(ClusterServiceError) {
        _ = try request(ServiceMessage.line("stop"))
    }

    public func close() { socket.close() }
}
