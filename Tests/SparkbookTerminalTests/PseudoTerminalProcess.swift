import Foundation
import Glibc

/// A child process on a pseudo-terminal (forkpty): what it prints is read back, keys are written in.
final class PseudoTerminalProcess {
    let master: Int32
    let pid: pid_t
    private(set) var screen = ""

    init(_ path: String, _ arguments: [String], environment extra: [String: String] = [:]) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        var size = winsize(ws_row: 40, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0)
        var fd: Int32 = -1
        let child = forkpty(&fd, nil, nil, &size)
        if child == 0 {
            execve(path, argv, envp)
            _exit(127)
        }
        for p in argv { free(p) }
        for p in envp { free(p) }
        guard child > 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        master = fd
        pid = child
    }

    /// The child's wait status once it has been reaped.
    private var waitStatus: Int32?

    deinit {
        if waitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, WNOHANG)
        }
        close(master)
    }

    private func reap() -> Int32? {
        if waitStatus == nil {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { waitStatus = status }
        }
        return waitStatus
    }

    func type(_ keys: String) {
        _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    struct Timeout: Error, CustomStringConvertible {
        var expected: String
        var screen: String
        var description: String { "did not see \(expected.debugDescription); the terminal showed:\n\(screen)" }
    }

    /// Reads until `text` appears after what earlier expectations consumed.
    /// How long a child may take to show its first prompt: a person waits; a CI machine running every suite at
    /// once has taken over 10 s to start a process.
    static let startupSeconds: Double = 45

    func expect(_ text: String, within seconds: Double = 10) throws {
        _ = try read(until: text, within: seconds)
    }

    /// Reads until `text` appears and consumes it; returns what was printed before it.
    func read(until text: String, within seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let range = screen.range(of: text) {
                let before = String(screen[..<range.lowerBound])
                screen = String(screen[range.upperBound...])
                return before
            }
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fd, 1, 100) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = Glibc.read(master, &buffer, buffer.count)
                if n <= 0 { break }
                screen += String(decoding: buffer[..<n], as: UTF8.self)
            }
        }
        throw Timeout(expected: text, screen: screen)
    }

    /// Reads whatever the child prints for `seconds`, so it never blocks on a full terminal; false once the
    /// terminal closed (the child ended).
    @discardableResult
    func pump(for seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let wait = Int32(max(0, min(50, deadline.timeIntervalSinceNow * 1000)))
            if poll(&fd, 1, wait) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = Glibc.read(master, &buffer, buffer.count)
                if n <= 0 { return false }
                screen += String(decoding: buffer[..<n], as: UTF8.self)
            }
        } while Date() < deadline
        return true
    }

    /// What was printed and not yet consumed by an expectation.
    var screenSoFar: String { screen }

    /// Forgets what was printed so far (later expectations look only at what follows).
    func discardScreen() {
        screen = ""
    }

    /// Whether the child is still running.
    var isRunning: Bool { reap() == nil }

    /// Waits for the child to exit (draining its output so it never blocks); its exit status, or -1.
    func waitForExit(within seconds: Double = 10) -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let status = reap() {
                return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
            }
            var buffer = [UInt8](repeating: 0, count: 4096)
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fd, 1, 50) > 0 { _ = Glibc.read(master, &buffer, buffer.count) }
        }
        return -1
    }
}
