/// Why an outside plugin failed. Every case names the plugin, so a cell's error says which one to look at; a
/// failure ends that plugin's process (it is started again on next use), never the run.
public enum PluginError: Error, Equatable, CustomStringConvertible {
    case invalidManifest(path: String, why: String)
    case cannotStart(plugin: String, command: String, why: String)
    case exited(plugin: String, status: String, stderr: String)
    case timedOut(plugin: String, method: String, seconds: Double)
    case garbage(plugin: String, sample: String)
    /// The plugin answered the call with a JSON-RPC error.
    case failed(plugin: String, message: String, details: String?)
    case badAnswer(plugin: String, why: String)

    public var plugin: String? {
        switch self {
        case .invalidManifest: nil
        case .cannotStart(let p, _, _), .exited(let p, _, _), .timedOut(let p, _, _), .garbage(let p, _),
             .failed(let p, _, _), .badAnswer(let p, _): p
        }
    }

    public var description: String {
        switch self {
        case let .invalidManifest(path, why):
            return "invalid plugin manifest \(path): \(why)"
        case let .cannotStart(plugin, command, why):
            return "plugin '\(plugin)' could not start (\(command)): \(why)"
        case let .exited(plugin, status, stderr):
            let tail = stderr.isEmpty ? "" : "; its last output on stderr:\n" + stderr
            return "plugin '\(plugin)' \(status) during the call; it will be started again on next use\(tail)"
        case let .timedOut(plugin, method, seconds):
            return "plugin '\(plugin)' did not answer \(method) within \(Self.seconds(seconds)) (its timeoutSeconds); "
                + "it was stopped and will be started again on next use"
        case let .garbage(plugin, sample):
            return "plugin '\(plugin)' wrote something that is not a JSON-RPC message on stdout: \(sample); "
                + "it was stopped and will be started again on next use (a plugin logs on stderr)"
        case let .failed(plugin, message, details):
            return "plugin '\(plugin)' failed: \(message)" + (details.map { "\n" + $0 } ?? "")
        case let .badAnswer(plugin, why):
            return "plugin '\(plugin)' answered wrongly: \(why)"
        }
    }

    private static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s))s" : "\(s)s"
    }
}
