import Crypto
import Foundation

/// The service's shared secret, as Spark's `spark.authenticate` secret: a fresh random value written at start to
/// `~/.sparkbook/cluster/<port>.token` (folder 0700, file 0600, removed at stop), so only the user who started
/// the service (and root) can join it. Clients never send it: they answer the service's random nonce with
/// HMAC-SHA256(secret, nonce), so a listener on loopback learns nothing it can replay.
public struct ServiceToken: Sendable {
    public let secret: String
    public let path: String

    /// `~/.sparkbook/cluster`, or `$SPARKBOOK_HOME/cluster` when set (tests, several users' services).
    public static var defaultDirectory: String {
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["SPARKBOOK_HOME"], !home.isEmpty { return home + "/cluster" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.sparkbook/cluster"
    }

    public static func path(directory: String, port: Int) -> String { "\(directory)/\(port).token" }

    /// Writes a fresh secret for the service on `port`.
    static func create(directory: String, port: Int) throws(ClusterServiceError) -> ServiceToken {
        let secret = Self.hex(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
        let path = Self.path(directory: directory, port: port)
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                        attributes: [.posixPermissions: 0o700])
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
            // Created with mode 0600 so that the secret is never readable by others, not even for an instant.
            guard manager.createFile(atPath: path, contents: Data((secret + "\n").utf8),
                                     attributes: [.posixPermissions: 0o600]) else {
                throw ClusterServiceError(code: .system, message: ClusterServiceError.prefix + "cannot write \(path)")
            }
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } catch let error as ClusterServiceError {
            throw error
        } catch {
            throw ClusterServiceError(code: .system, message: ClusterServiceError.prefix
                                      + "cannot write the token \(path): \(error.localizedDescription)")
        }
        return ServiceToken(secret: secret, path: path)
    }

    /// Reads the token of the service on `port`.
    static func read(directory: String, port: Int, master: String) throws(ClusterServiceError) -> ServiceToken {
        let path = Self.path(directory: directory, port: port)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .noToken(master: master, path: path)
        }
        return ServiceToken(secret: text.trimmingCharacters(in: .whitespacesAndNewlines), path: path)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// The client's answer to `nonce`.
    func proof(nonce: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        return Self.hex(Array(HMAC<SHA256>.authenticationCode(for: Data(nonce.utf8), using: key)))
    }

    /// Whether `proof` answers `nonce`, compared in constant time.
    func accepts(_ proof: String, nonce: String) -> Bool {
        let expected = Array(self.proof(nonce: nonce).utf8)
        let given = Array(proof.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func nonce() -> String { hex(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }) }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }
}
