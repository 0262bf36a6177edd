import Foundation

/// One running plugin process and its JSON-RPC 2.0 link: requests are single-line JSON objects written to the
/// plugin's stdin, answers single lines read from its stdout (newline-delimited, as docs/PLUGINS.md says);
/// stderr is the plugin's log, whose tail is kept for errors. In protocol 2 a message that carries a record batch
/// says how many bytes it has (`batchBytes`), and the batch's raw Arrow IPC stream follows the line.
///
/// The plugin's stdin and stdout are socket pairs rather than pipes: writing to a plugin that died must be an
/// error for this call (`send` with `MSG_NOSIGNAL`), not a SIGPIPE that ends Sparkbook, and a plugin that stops
/// reading cannot block a call past its timeout (`SO_SNDTIMEO`). The calling thread reads the answer itself,
/// waiting in `poll` up to the call's deadline: no thread hands it over, and a batch is read straight into its
/// array. A thread reads stderr. Calls are serialised by `PluginConnection`.
final class PluginProcess: @unchecked Sendable {
    let plugin: String
    /// The protocol the handshake agreed on: 1 sends batches as base64 text in the JSON, 2 as raw bytes after it.
    var protocolVersion = 1
    private let process: Process
    private let input: Int32
    private let output: Int32
    private let condition = NSCondition()
    /// What was read from stdout and not yet consumed: `received[consumed...]`; no newline before `scanned`.
    private var received: [UInt8] = []
    private var consumed = 0
    private var scanned = 0
    private var outputClosed = false
    private var stderrTail = Data()
    private var nextID = 1
    private var inputClosed = false

    /// The largest batch a plugin may announce (`batchBytes`): more is garbage, not a reason to allocate it.
    static let maxBatchBytes = 1 << 34

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
        output = outPair[0]
        do {
            try process.run()
        } catch {
            for fd in [inPair[0], outPair[0], errPair[0]] { close(fd) }
            throw PluginError.cannotStart(plugin: plugin, command: shown, why: "\(error.localizedDescription)")
        }
        try? childIn.close()
        try? childOut.close()
        try? childErr.close()
        let stderr = errPair[0]
        Thread.detachNewThread { [self] in readLog(stderr) }
    }

    deinit {
        stop()
        close(output)
    }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Whether the process still runs with its output open: one that ended or closed its stdout between calls is
    /// replaced before the next call instead of failing it (called only while no call is in flight).
    var isAlive: Bool {
        condition.lock()
        let closed = outputClosed
        condition.unlock()
        guard !closed, process.isRunning else { return false }
        var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
        return !(poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLHUP) != 0)
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

    /// Sends a request and waits for its answer; a JSON-RPC error becomes `PluginError.failed`. A `batch` in
    /// `params` is a raw Arrow IPC stream (`[UInt8]`), sent as the protocol says; the answer's batch, however the
    /// plugin sent it, is one too.
    func call(_ method: String, params: [String: Any], timeout: Double) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        let deadline = Date().addingTimeInterval(timeout)
        var params = params
        let batch = params.removeValue(forKey: "batch") as? [UInt8]
        if let batch {
            if protocolVersion >= 2 { params["batchBytes"] = batch.count } else { params["batch"] = Data(batch).base64EncodedString() }
        }
        let request: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method, "params": params]
        var line = try JSONSerialization.data(withJSONObject: request, options: [.sortedKeys, .withoutEscapingSlashes])
        line.append(UInt8(ascii: "\n"))
        try line.withUnsafeBytes { try send($0, method: method, timeout: timeout) }
        if let batch, protocolVersion >= 2 { try batch.withUnsafeBytes { try send($0, method: method, timeout: timeout) } }
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
            guard var result = object["result"] as? [String: Any] else {
                if object["result"] is NSNull || object["result"] == nil { return [:] }
                throw PluginError.badAnswer(plugin: plugin, why: "the result of \(method) is not an object")
            }
            if let count = result.removeValue(forKey: "batchBytes") {
                guard let count = (count as? NSNumber)?.intValue, (0...Self.maxBatchBytes).contains(count) else {
                    throw PluginError.badAnswer(plugin: plugin, why: "\"batchBytes\" is not a byte count: \(count)")
                }
                result["batch"] = try nextBytes(count, until: deadline, method: method, timeout: timeout)
            } else if let text = result["batch"] as? String {
                guard let data = Data(base64Encoded: text) else {
                    throw PluginError.badAnswer(plugin: plugin, why: "the result's \"batch\" is not base64")
                }
                result["batch"] = [UInt8](data)
            }
            return result
        }
    }

    /// The next line; throws when the deadline passes (the plugin is stopped) or the plugin exits.
    private func nextLine(until deadline: Date, method: String, timeout: Double) throws -> Data {
        while true {
            if let newline = received[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(received[consumed..<newline])
                consumed = newline + 1
                scanned = consumed
                return line
            }
            scanned = received.count
            try receive(until: deadline, method: method, timeout: timeout)
        }
    }

    /// The next `count` bytes: what is already received, then read straight into the array.
    private func nextBytes(_ count: Int, until deadline: Date, method: String, timeout: Double) throws -> [UInt8] {
        let buffered = min(count, received.count - consumed)
        var filled = buffered
        var failure: (any Error)?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { out, initialized in
            received.withUnsafeBytes { raw in
                if buffered > 0 { UnsafeMutableRawBufferPointer(out).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[consumed..<(consumed + buffered)])) }
            }
            while filled < count {
                do {
                    try waitForOutput(until: deadline, method: method, timeout: timeout)
                } catch {
                    failure = error
                    break
                }
                let n = read(output, out.baseAddress! + filled, count - filled)
                if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                if n <= 0 { markClosed(); failure = exited(); break }
                filled += n
            }
            initialized = failure == nil ? count : 0
        }
        consumed += buffered
        scanned = consumed
        if let failure { throw failure }
        return bytes
    }

    /// Reads what stdout has (waiting up to the deadline) onto `received`, dropping what was consumed first.
    private func receive(until deadline: Date, method: String, timeout: Double) throws {
        if consumed > 0 && consumed >= received.count / 2 {
            received.removeFirst(consumed)
            scanned -= consumed
            consumed = 0
        }
        try waitForOutput(until: deadline, method: method, timeout: timeout)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(output, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { markClosed(); throw exited() }
            received.append(contentsOf: chunk[0..<n])
            return
        }
    }

    /// Waits until stdout can be read; past the deadline the plugin is stopped and the call times out.
    private func waitForOutput(until deadline: Date, method: String, timeout: Double) throws {
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                stop()
                throw PluginError.timedOut(plugin: plugin, method: method, seconds: timeout)
            }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(left * 1000, 60_000).rounded(.up)))
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { markClosed(); throw exited() }
        }
    }

    private func markClosed() {
        condition.lock()
        outputClosed = true
        condition.unlock()
    }

    private func exited() -> PluginError {
        .exited(plugin: plugin, status: exitStatus(), stderr: logTail)
    }

    private func send(_ raw: UnsafeRawBufferPointer, method: String, timeout: Double) throws {
        var offset = 0
        while offset < raw.count {
            let n = Foundation.send(input, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    // The plugin stopped reading its input for longer than a call may take.
                    stop()
                    throw PluginError.timedOut(plugin: plugin, method: method, seconds: timeout)
                }
                throw exited()
            }
            offset += n
        }
    }

    /// Bounds how long one `send` may block on a plugin that does not read (the call's timeout).
    func limitSendTime(_ seconds: Double) {
        var limit = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        _ = setsockopt(input, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
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
        outputClosed = true
        condition.unlock()
        if open { close(input) }
    }

    /// Asks the plugin to end (the `shutdown` notification), then stops it if it has not within a second.
    func shutdown() {
        if var note = try? JSONSerialization.data(withJSONObject: ["jsonrpc": "2.0", "method": "shutdown"]) {
            note.append(UInt8(ascii: "\n"))
            try? note.withUnsafeBytes { try send($0, method: "shutdown", timeout: 1) }
        }
        let deadline = Date().addingTimeInterval(1)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        stop()
    }

    private static func sample(_ line: Data) -> String {
        let text = String(decoding: line.prefix(80), as: UTF8.self)
        return "\"" + text + (line.count > 80 ? "..." : "") + "\""
    }
}
