import Foundation
import Glibc
import Testing

/// Drives the real `sparkbook repl` binary under a pseudo-terminal, as a person at a keyboard would.
@Suite(.serialized) struct InteractiveReplTests {
    static let binary = ReplSessionTests.root.appendingPathComponent(".build/debug/sparkbook").path
    static let data = ReplSessionTests.root.appendingPathComponent("notebooks/data/big_events_50k.csv").path

    @Test func typingCompletingInterruptingAndComingBack() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build sparkbook first")
        let history = FileManager.default.temporaryDirectory.appendingPathComponent("repl-history-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: history) }

        let repl = try PseudoTerminalProcess(Self.binary, ["repl", "--history-file", history])
        try repl.expect("In [1]: ")
        repl.type("from pyspark.sql import SparkSession\r")
        try repl.expect("In [2]: ")
        repl.type("from pyspark.sql.functions import col\r")
        try repl.expect("In [3]: ")
        repl.type("spark = SparkSession.builder.getOrCreate()\r")
        try repl.expect("In [4]: ")
        // A multi-line chain: continuation prompts until the bracket closes.
        repl.type("events_df = (spark.read\r")
        try repl.expect("   ...: ")
        repl.type("    .option(\"header\", \"true\")\r")
        try repl.expect("   ...: ")
        repl.type("    .csv(\"\(Self.data)\"))\r")
        try repl.expect("In [5]: ")
        // Completion: a method after the DataFrame and a column inside col(". libedit redraws with cursor moves,
        // so the screen shows only the inserted rest; the history below proves the whole line.
        repl.type("events_df.gro\t")
        try repl.expect("upBy(")
        repl.type("col(\"co\t")
        try repl.expect("untry\"")
        repl.type(")).count().count()\r")
        try repl.expect("Out[5]: ")
        // Keys go in once the prompt is back, as a person types: libedit's raw mode starts with the prompt, and
        // a Ctrl-D typed ahead in cooked mode is the kernel's end-of-file, not a key.
        try repl.expect("In [6]: ")
        // Ctrl-C clears the half-typed line; the session goes on.
        repl.type("abandoned = (1,")
        try repl.expect("abandoned = (1,")
        repl.type("\u{03}")
        try repl.expect("^C")
        try repl.expect("In [6]: ")
        repl.type("40 + 2\r")
        try repl.expect("Out[6]: 42")
        try repl.expect("In [7]: ")
        repl.type("\u{04}")
        #expect(repl.waitForExit() == 0)

        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("events_df.groupBy(col(\"country\")).count().count()"))
        // The chain is one entry, its newlines escaped by libedit.
        #expect(saved.contains("events_df\\040=\\040(spark.read\\012"))
        #expect(!saved.contains("abandoned"))

        // Coming back: the previous session's entries are one Up arrow away.
        let again = try PseudoTerminalProcess(Self.binary, ["repl", "--history-file", history])
        try again.expect("In [1]: ")
        again.type("\u{1B}[A")
        try again.expect("40 + 2")
        again.type("\r")
        try again.expect("Out[1]: 42")
        try again.expect("In [2]: ")
        again.type(":quit\r")
        #expect(again.waitForExit() == 0)
    }
}

/// A child process on a pseudo-terminal (forkpty): what it prints is read back, keys are written in.
final class PseudoTerminalProcess {
    let master: Int32
    let pid: pid_t
    private(set) var screen = ""

    init(_ path: String, _ arguments: [String]) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = "1"
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

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, WNOHANG)
        close(master)
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
    func expect(_ text: String, within seconds: Double = 10) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let range = screen.range(of: text) {
                screen = String(screen[range.upperBound...])
                return
            }
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fd, 1, 100) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                screen += String(decoding: buffer[..<n], as: UTF8.self)
            }
        }
        throw Timeout(expected: text, screen: screen)
    }

    /// Waits for the child to exit (draining its output so it never blocks); its exit status, or -1.
    func waitForExit(within seconds: Double = 10) -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid {
                return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
            }
            var buffer = [UInt8](repeating: 0, count: 4096)
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fd, 1, 50) > 0 { _ = read(master, &buffer, buffer.count) }
        }
        return -1
    }
}
