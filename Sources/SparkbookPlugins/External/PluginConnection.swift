import Foundation

/// An outside plugin's processes as the rest of Sparkbook uses them: started on first use (with the `initialize`
/// handshake), each serving one call at a time, and thrown away after any failure (exit, timeout, garbage on
/// stdout), so the next call starts a fresh process. A failure is the failing call's error, never the run's.
///
/// Calls made at the same time go to different processes, as Spark gives every running task a Python worker of
/// its own: tasks of concurrent executors run their UDFs side by side instead of queueing behind one process
/// (the same tasks then take as long as on Spark, which the allocation comparison relies on). Idle processes are
/// kept for the next call, as `spark.python.worker.reuse` keeps Spark's.
public final class PluginConnection: @unchecked Sendable {
    public let manifest: PluginManifest
    public let folder: URL
    private let lock = NSLock()
    /// Started processes not serving a call now, the most recently used last.
    private var idle: [PluginProcess] = []
    /// Processes serving a call now.
    private var busy = 0
    private var startCount = 0

    public init(manifest: PluginManifest, folder: URL) {
        self.manifest = manifest
        self.folder = folder
    }

    public var timeout: Double { manifest.timeoutSeconds ?? 60 }

    /// How many processes were started (tests check restarts).
    public var starts: Int { lock.withLock { startCount } }

    /// The id of an idle process, if one is kept (tests kill it between calls).
    public var processIdentifier: Int32? { lock.withLock { idle.last?.processIdentifier } }

    /// How many processes are started and not ended: idle or serving a call.
    public var processCount: Int { lock.withLock { idle.count + busy } }

    /// Calls `method` on an idle process, or on a new one when every started process is serving a call.
    public func call(_ method: String, params: [String: Any]) throws -> [String: Any] {
        let process = try checkOut()
        do {
            let answer = try process.call(method, params: params, timeout: timeout)
            checkIn(process)
            return answer
        } catch PluginError.failed(let plugin, let message, let details) {
            // A JSON-RPC error is the plugin's answer: the process is healthy and stays.
            checkIn(process)
            throw PluginError.failed(plugin: plugin, message: message, details: details)
        } catch {
            process.stop()
            lock.withLock { busy -= 1 }
            throw error
        }
    }

    /// An idle process that is still alive, else a newly started one; counted busy until checked in.
    private func checkOut() throws -> PluginProcess {
        let reused: PluginProcess? = lock.withLock {
            while let process = idle.popLast() {
                // A process that ended between calls (killed, crashed) is replaced before this call, not during it.
                if process.isAlive { busy += 1; return process }
                process.stop()
            }
            busy += 1
            startCount += 1
            return nil
        }
        if let reused { return reused }
        do {
            return try start()
        } catch {
            lock.withLock { busy -= 1 }
            throw error
        }
    }

    private func checkIn(_ process: PluginProcess) {
        lock.withLock {
            busy -= 1
            idle.append(process)
        }
    }

    /// Starts a process and checks its handshake: the same name as the manifest, and the manifest's protocol
    /// version, which Sparkbook asks for (so a plugin written for protocol 1 is spoken to in protocol 1).
    private func start() throws -> PluginProcess {
        let process = try PluginProcess(plugin: manifest.name, command: manifest.command, folder: folder)
        process.limitSendTime(timeout)
        do {
            let hello = try process.call("initialize", params: ["protocolVersion": manifest.protocolVersion,
                                                                "sparkbookVersion": "1"], timeout: timeout)
            guard hello["name"] as? String == manifest.name else {
                throw PluginError.badAnswer(plugin: manifest.name, why: "initialize answered name \(hello["name"] ?? "nothing"), not \(manifest.name)")
            }
            guard (hello["protocolVersion"] as? NSNumber)?.intValue == manifest.protocolVersion else {
                throw PluginError.badAnswer(plugin: manifest.name, why: "initialize answered protocolVersion \(hello["protocolVersion"] ?? "nothing"), not its manifest's \(manifest.protocolVersion)")
            }
            process.protocolVersion = manifest.protocolVersion
        } catch {
            process.stop()
            throw error
        }
        return process
    }

    /// Ends the idle processes (end of a run; no call is in flight then).
    public func shutdown() {
        let ending: [PluginProcess] = lock.withLock {
            defer { idle.removeAll() }
            return idle
        }
        for process in ending { process.shutdown() }
    }
}
