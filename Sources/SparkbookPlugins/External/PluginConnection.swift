import Foundation

/// An outside plugin's process as the rest of Sparkbook uses it: started on the first call (with the
/// `initialize` handshake), one call at a time, and thrown away after any failure (exit, timeout, garbage on
/// stdout), so the next call starts a fresh process. A failure is the failing call's error, never the run's.
public final class PluginConnection: @unchecked Sendable {
    public let manifest: PluginManifest
    public let folder: URL
    private let lock = NSLock()
    private var running: PluginProcess?
    /// How many processes were started (tests check restarts).
    public private(set) var starts = 0

    public init(manifest: PluginManifest, folder: URL) {
        self.manifest = manifest
        self.folder = folder
    }

    public var timeout: Double { manifest.timeoutSeconds ?? 60 }

    /// The running process's id, if one is running.
    public var processIdentifier: Int32? { lock.withLock { running?.processIdentifier } }

    /// Calls `method`; starts the plugin first when none is running.
    public func call(_ method: String, params: [String: Any]) throws -> [String: Any] {
        try lock.withLock {
            // A process that ended between calls (killed, crashed) is replaced before this call, not during it.
            if let process = running, !process.isAlive {
                process.stop()
                running = nil
            }
            let process = try running ?? start()
            do {
                return try process.call(method, params: params, timeout: timeout)
            } catch PluginError.failed(let plugin, let message, let details) {
                // A JSON-RPC error is the plugin's answer: the process is healthy and stays.
                throw PluginError.failed(plugin: plugin, message: message, details: details)
            } catch {
                process.stop()
                running = nil
                throw error
            }
        }
    }

    /// Starts the process and checks its handshake: the same name and protocol version as the manifest.
    private func start() throws -> PluginProcess {
        let process = try PluginProcess(plugin: manifest.name, command: manifest.command, folder: folder)
        starts += 1
        do {
            let hello = try process.call("initialize", params: ["protocolVersion": PluginManifest.currentProtocolVersion,
                                                                "sparkbookVersion": "1"], timeout: timeout)
            guard hello["name"] as? String == manifest.name else {
                throw PluginError.badAnswer(plugin: manifest.name, why: "initialize answered name \(hello["name"] ?? "nothing"), not \(manifest.name)")
            }
            guard (hello["protocolVersion"] as? NSNumber)?.intValue == PluginManifest.currentProtocolVersion else {
                throw PluginError.badAnswer(plugin: manifest.name, why: "initialize answered protocolVersion \(hello["protocolVersion"] ?? "nothing"), not \(PluginManifest.currentProtocolVersion)")
            }
        } catch {
            process.stop()
            throw error
        }
        running = process
        return process
    }

    /// Ends the process, if one runs (end of a run).
    public func shutdown() {
        lock.withLock {
            running?.shutdown()
            running = nil
        }
    }
}
