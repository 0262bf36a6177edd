import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One PySpark driver process: Sparkbook's driver program on the installation's Python, in a process group of
/// its own (the JVM PySpark starts joins it), so stopping it is one signal to the group.
///
/// Commands go to its stdin, a socket pair (writing to a driver that died is an error, not a SIGPIPE); messages
/// come back on file descriptor 3, a pipe the cells never print to; its stdout and stderr (Python's own and the
/// JVM's log4j lines) go to the driver log and, line by line, to `logLine`. When Sparkbook dies, the driver reads
/// end of input and exits, and its JVM ends with the pipe PySpark holds to it: no JVM is left behind.
public final class SparkDriverProcess: @unchecked Sendable {
    public let pid: pid_t
    private let input: Int32
    private let lock = NSCondition()
    private var messages: [String] = []
    private var waiter: CheckedContinuation<String?, Never>?
    private var closed = false
    private var logTailLines: [String] = []
    private var exitStatus: Int32?
    private let logLine: (@Sendable (String) -> Void)?

    /// Starts `python driverScript` with `environment` in `directory`; `driverLog` receives its stdout and stderr.
    public init(python: String, driverScript: String, environment: [String: String], directory: URL, driverLog: URL,
                logLine: (@Sendable (String) -> Void)? = nil) throws(SparkEngineError) {
        self.logLine = logLine
        var inPair: [Int32] = [0, 0], channel: [Int32] = [0, 0], log: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &inPair) == 0,
              pipe(&channel) == 0, pipe(&log) == 0 else {
            throw .cannotStart("cannot make the driver's pipes: " + String(cString: strerror(errno)))
        }
        for fd in inPair + channel + log { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies: the child keeps exactly 0, 1, 2 and 3.
        posix_spawn_file_actions_adddup2(&actions, inPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, log[1], 1)
        posix_spawn_file_actions_adddup2(&actions, log[1], 2)
        posix_spawn_file_actions_adddup2(&actions, channel[1], 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own: the terminal's Ctrl-C reaches Sparkbook only (the REPL turns it into a cancel), and
        // stopping the driver is one kill(-pgid). Signals Sparkbook ignores or handles start at their defaults.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGTERM, SIGQUIT] { sigaddset(&defaults, signal) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let arguments = [python, "-c", driverScript]
        // The driver changes into `directory` itself (glibc's addchdir_np is not visible to Swift); the JVM it
        // starts inherits it, so relative paths resolve there for Python and Spark alike.
        var environment = environment
        environment["SPARKBOOK_WORKDIR"] = directory.path
        let environmentLines = environment.map { "\($0.key)=\($0.value)" }
        var child: pid_t = 0
        let status = Self.withCStrings(arguments) { argv in
            Self.withCStrings(environmentLines) { envp in
                python.contains("/") ? posix_spawn(&child, python, &actions, &attributes, argv, envp)
                    : posix_spawnp(&child, python, &actions, &attributes, argv, envp)
            }
        }
        for fd in [inPair[1], channel[1], log[1]] { close(fd) }
        guard status == 0 else {
            for fd in [inPair[0], channel[0], log[0]] { close(fd) }
            throw .cannotStart("cannot start \(python): " + String(cString: strerror(status)))
        }
        pid = child
        input = inPair[0]
        let channelFD = channel[0], logFD = log[0]
        let logPath = driverLog.path
        Thread.detachNewThread { [self] in readMessages(channelFD) }
        Thread.detachNewThread { [self] in readLog(logFD, to: logPath) }
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }

    /// Sends one command line; false when the driver is gone.
    @discardableResult
    public func send(_ line: String) -> Bool {
        var data = Array(line.utf8)
        data.append(UInt8(ascii: "\n"))
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeBytes { raw in
                Glibc.send(input, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// The next message line, waiting for it; nil once the driver has closed its channel (exited).
    public func nextMessage() async -> String? {
        await withCheckedContinuation { (continuation: CheckedContinuation<String?, Never>) in
            lock.lock()
            if !messages.isEmpty {
                let message = messages.removeFirst()
                lock.unlock()
                continuation.resume(returning: message)
            } else if closed {
                lock.unlock()
                continuation.resume(returning: nil)
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }

    /// The next message line for a caller that cannot wait asynchronously (the line editor's Tab), nil at the
    /// deadline or once the driver is gone. Only while no cell runs: a cell's reader is the async one.
    public func nextMessage(until deadline: Date) -> String? {
        lock.lock()
        defer { lock.unlock() }
        while messages.isEmpty && !closed {
            if !lock.wait(until: deadline) { break }
        }
        return messages.isEmpty ? nil : messages.removeFirst()
    }

    /// The last lines of the driver's log, for errors when it dies.
    public var logTail: [String] {
        lock.lock()
        defer { lock.unlock() }
        return logTailLines
    }

    /// Reads `fd` to its end, calling `chunk` with every block read and `line` with every whole line.
    private static func readLines(_ fd: Int32, chunk: (ArraySlice<UInt8>) -> Void = { _ in }, line: (String) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var partial: [UInt8] = []
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            var rest = buffer[0..<n]
            chunk(rest)
            while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
                partial.append(contentsOf: rest[rest.startIndex..<newline])
                line(String(decoding: partial, as: UTF8.self))
                partial = []
                rest = rest[(newline + 1)...]
            }
            partial.append(contentsOf: rest)
        }
        close(fd)
    }

    private func readMessages(_ fd: Int32) {
        Self.readLines(fd) { deliver($0) }
        lock.lock()
        closed = true
        let pending = waiter
        waiter = nil
        lock.broadcast()
        lock.unlock()
        pending?.resume(returning: nil)
    }

    private func deliver(_ message: String) {
        lock.lock()
        if let pending = waiter {
            waiter = nil
            lock.unlock()
            pending.resume(returning: message)
        } else {
            messages.append(message)
            lock.broadcast()
            lock.unlock()
        }
    }

    private func readLog(_ fd: Int32, to path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let file = FileHandle(forWritingAtPath: path)
        Self.readLines(fd, chunk: { file?.write(Data($0)) }) { line in
            lock.lock()
            logTailLines.append(line)
            if logTailLines.count > 40 { logTailLines.removeFirst(logTailLines.count - 40) }
            lock.unlock()
            logLine?(line)
        }
        try? file?.close()
    }

    /// Waits up to `seconds` for the driver to exit; its exit status, or nil if it still runs.
    public func waitForExit(seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let status = reap() { return status }
            if Date() >= deadline { return nil }
            usleep(20_000)
        }
    }

    private func reap() -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return result < 0 ? -1 : nil }
        let exited = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        exitStatus = exited
        return exited
    }

    /// Stops the driver's whole process group (the Python driver and its JVM): a polite stop first, then TERM,
    /// then KILL.
    public func terminate(grace: Double) {
        shutdown(input, Int32(SHUT_WR))
        if waitForExit(seconds: grace) == nil {
            kill(-pid, SIGTERM)
            if waitForExit(seconds: 3) == nil {
                kill(-pid, SIGKILL)
                _ = waitForExit(seconds: 3)
            }
        }
        // The JVM may outlive the Python process for a moment; it is in the same group.
        kill(-pid, SIGKILL)
    }

    deinit {
        close(input)
    }
}
