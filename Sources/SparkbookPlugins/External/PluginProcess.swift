import Foundation

/// One running plugin process and its JSON-RPC 2.0 link: requests are single-line JSON objects written to the
/// plugin's stdin, answers single lines read from its stdout (newline-delimited, as docs/PLUGINS.md says);
/// stderr is the plugin's log, whose tail is kept for errors.
///
/// The plugin's stdin and stdout are socket pairs rather than pipes: writing to a plugin that died must be an
/// error for this call (`send` with `MSG_NOSIGNAL`), not a SIGPIPE that ends Sparkbook. A reading thread per
/// stream collects lines; a call waits for its answer up to its deadline. Calls are serialised by
/// `PluginConnection`.
final class PluginProcess: @unchecked Sendable {
    let plugin: String
    private let process: Process
    private let input: Int32
    private let condition = NSCondition()
    private var lines: [Data] = []
    private var partial = Data()
    private var closed = false
    private var stderrTail = Data()
    private var nextID = 1
    private var inputClosed = false

    /// Starts `command` in `folder`.
    init(plugin: String, command: [String], folder: URL, environment: [String: String] = [:]) throws {
        self.plugin = plugin
        let shown = command.joined(separator: " ")
        guard let program = Self.resolve(command[0], folder: folder) else {
            throw PluginError.cannotStart(plugin: plugin, command: shown, why: "\(command[0]) was not found")
        }
        var inPair: [Int32] = [0, 0], outPair: [Int32] = [0, 0], errPair: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &inPair) == 0,
              socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &outPair) == 0,
              socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &errPair) == 0 else {
            throw PluginError.cannotStart(plugin: plugin, command: shown, why: String(cString: strerror(errno)))
        }
        // Close-on-exec everywhere: the child gets its ends through dup2 onto 0, 1 and 2, and no other plugin inherits any.
        for fd in inPair + outPair + errPair { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let childIn = FileHandle(fileDescriptor: inPair[1], closeOnDealloc: true)
        let childOut = FileHandle(fileDescriptor: outPair[1], closeOnDealloc: true)
        let childErr = FileHandle(fileDescriptor: errPair[1], closeOnDealloc: true)
        process.standardInput = childIn
        process.standardOutput = childOut
        process.standardError = childErr
        input = inPair[0]
        do {
            try process.run()
        } catch {
            for fd in [inPair[0], outPair[0], errPair[0]] { close(fd) }
            throw PluginError.cannotStart(plugin: plugin, command: shown, why: "\(error.localizedDescription)")
        }
        try? childIn.close()
        try? childOut.close()
        try? childErr.close()
        let stdout = outPair[0], stderr = errPair[0]
        Thread.detachNewThread { [self] in readLines(stdout) }
        Thread.detachNewThread { [self] in readLog(stderr) }
    }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Whether the process still runs with its output open.
    var isAlive: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !closed && process.isRunning
    }

    /// A program name as `PATH` finds it; a path with a slash is relative to the plugin's folder.
    static func resolve(_ program: String, folder: URL) -> String? {
        if program.contains("/") {
            let url = program.hasPrefix("/") ? URL(fileURLWithPath: program) : folder.appendingPathComponent(program)
            return FileManager.default.isExecutableFile(atPath: url.path) ? url.path : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private func readLines(_ fd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            condition.lock()
            if n <= 0 {
                closed = true
                condition.broadcast()
                condition.unlock()
                close(fd)
                return
            }
            // Only the bytes just read can hold a new line's end: a long answer (a large batch) is not rescanned.
            var chunk = buffer[0..<n]
            while let newline = chunk.firstIndex(of: UInt8(ascii: "\n")) {
                partial.append(contentsOf: chunk[chunk.startIndex..<newline])
                lines.append(partial)
                partial = Data()
                chunk = chunk[(newline + 1)...]
            }
            partial.append(contentsOf: chunk)
            condition.broadcast()
            condition.unlock()
        }
    }

    private func readLog(_ fd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { close(fd); return }
            condition.lock()
            stderrTail.append(contentsOf: buffer[0..<n])
            if stderrTail.count > 8192 { stderrTail = Data(stderrTail.suffix(4096)) }
            condition.unlock()
        }
    }

    /// The last lines the plugin wrote on stderr.
    var logTail: String {
        condition.lock()
        defer { condition.unlock() }
        let lines = String(decoding: stderrTail, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.suffix(20).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends a request and waits for its answer; a JSON-RPC error becomes `PluginError.failed`.
    func call(_ method: String, params: [String: Any], timeout: Double) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        let request: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method, "params": params]
        var line = try JSONSerialization.data(withJSONObject: request, options: [.sortedKeys, .withoutEscapingSlashes])
        line.append(UInt8(ascii: "\n"))
        try send(line)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let answer = try nextLine(until: deadline, method: method, timeout: timeout)
            guard let object = (try? JSONSerialization.jsonObject(with: answer)) as? [String: Any],
                  object["jsonrpc"] as? String == "2.0" else {
                throw PluginError.garbage(plugin: plugin, sample: Self.sample(answer))
            }
            // A notification (a method, no id) is the plugin's log; answers carry the request's id.
            if object["method"] != nil && object["id"] == nil { continue }
            guard (object["id"] as? NSNumber)?.intValue == id else {
                throw PluginError.garbage(plugin: plugin, sample: Self.sample(answer))
            }
            if let error = object["error"] as? [String: Any] {
                let data = error["data"] as? [String: Any]
                throw PluginError.failed(plugin: plugin, message: error["message"] as? String ?? "an error without a message",
                                         details: data?["traceback"] as? String ?? (error["data"] as? String))
            }
            guard let result = object["result"] as? [String: Any] else {
                if object["result"] is NSNull || object["result"] == nil { return [:] }
                throw PluginError.badAnswer(plugin: plugin, why: "the result of \(method) is not an object")
            }
            return result
        }
    }

    /// The next line; throws when the deadline passes (the plugin is stopped) or the plugin exits.
    private func nextLine(until deadline: Date, method: String, timeout: Double) throws -> Data {
        condition.lock()
        while lines.isEmpty && !closed {
            if !condition.wait(until: deadline) { break }
        }
        if !lines.isEmpty {
            let line = lines.removeFirst()
            condition.unlock()
            return line
        }
        let exited = closed
        condition.unlock()
        guard exited else {
            stop()
            throw PluginError.timedOut(plugin: plugin, method: method, seconds: timeout)
        }
        throw PluginError.exited(plugin: plugin, status: exitStatus(), stderr: logTail)
    }

    private func send(_ data: Data) throws {
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.send(input, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw PluginError.exited(plugin: plugin, status: exitStatus(), stderr: logTail)
                }
                offset += n
            }
        }
    }

    /// How the process ended, waiting briefly for it to be reaped.
    private func exitStatus() -> String {
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { return "closed its output" }
        switch process.terminationReason {
        case .uncaughtSignal: return "was killed by signal \(process.terminationStatus)"
        default: return "exited with status \(process.terminationStatus)"
        }
    }

    /// Ends the process at once (SIGKILL: a hung plugin may ignore anything gentler) and closes its input.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        condition.lock()
        let open = !inputClosed
        inputClosed = true
        condition.unlock()
        if open { close(input) }
    }

    /// Asks the plugin to end (the `shutdown` notification), then stops it if it has not within a second.
    func shutdown() {
        let note = try? JSONSerialization.data(withJSONObject: ["jsonrpc": "2.0", "method": "shutdown"])
        if var note { note.append(UInt8(ascii: "\n")); try? send(note) }
        let deadline = Date().addingTimeInterval(1)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        stop()
    }

    private static func sample(_ line: Data) -> String {
        let text = String(decoding: line.prefix(80), as: UTF8.self)
        return "\"" + text + (line.count > 80 ? "..." : "") + "\""
    }
}
