import ArgumentParser
import SparkbookCluster
import SparkbookTerminal

/// Addresses the `cluster` commands take, and how they fail: the service's own one-line message on stderr,
/// exit status 1.
enum ClusterAddress {
    /// `127.0.0.1:PORT` (`--listen`); any host that is not loopback is refused by the service itself.
    static func parse(_ text: String, flag: String) throws -> (host: String, port: Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
              (0...65535).contains(port)
        else { throw fail("sparkbook cluster: \(flag) expects HOST:PORT, e.g. 127.0.0.1:\(ClusterService.defaultPort)") }
        return (String(text[..<colon]), port)
    }

    /// An authenticated link to the service named by `--master`.
    static func link(_ master: String) throws -> ServiceLink {
        guard case let .service(host, port)? = try? MasterURL(parsing: master) else {
            throw fail("sparkbook cluster: --master expects sparkbook://127.0.0.1:PORT, got '\(master)'")
        }
        do { return try ServiceLink.open(host: host, port: port) } catch { throw fail(error.message) }
    }

    static func fail(_ message: String) -> ExitCode {
        StandardStreams.err(message + "\n")
        return ExitCode(1)
    }
}
