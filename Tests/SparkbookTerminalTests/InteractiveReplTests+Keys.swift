import Foundation
import Glibc
import Testing

/// Keys that used to end the REPL or lose what was typed: Tab where nothing is typed yet, Ctrl-C inside
/// Ctrl-R's search, a closed terminal, a crash.
extension InteractiveReplTests {
    func startRepl(history: String, environment: [String: String] = [:]) throws -> PseudoTerminalProcess {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build sparkbook first")
        let repl = try PseudoTerminalProcess(Self.binary, ["repl", "--history-file", history], environment: environment)
        try repl.expect("In [1]: ", within: PseudoTerminalProcess.startupSeconds)
        return repl
    }

    static func temporaryHistory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("repl-history-\(UUID().uuidString)").path
    }

    /// Each of these Tabs killed the process with `Illegal instruction`: completion built an empty name from a
    /// reversed range. Now `.` lists the members and `(`, `=` or a space list the names in scope, as IPython does.
    @Test func tabAfterDotBracketEqualsAndSpaceCompletes() throws {
        let history = Self.temporaryHistory()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let repl = try startRepl(history: history)
        repl.type("from pyspark.sql import functions as F\r")
        try repl.expect("In [2]: ")
        repl.type("df = spark.range(5)\r")
        try repl.expect("In [3]: ")
        repl.type("zebra_count = 3\r")
        try repl.expect("In [4]: ")

        // The second Tab lists the candidates, as readline and libedit do.
        let cases: [(keys: String, listed: String)] = [
            ("df.\t\t", "df.groupBy("), ("F.\t\t", "F.approx_count_distinct("), ("spark.\t\t", "spark.createDataFrame("),
            ("print(\t\t", "zebra_count"), ("x = \t\t", "zebra_count"), ("print(1, \t\t", "zebra_count"),
            // Twice after a unique completion: the first Tab completes, the second lists what can follow `(`.
            ("df.groupB\t\t", "zebra_count"),
        ]
        for (keys, listed) in cases {
            repl.type(keys)
            try repl.expect(listed)
            #expect(repl.isRunning, "\(keys.debugDescription) ended the REPL")
            repl.type("\u{03}")
            try repl.expect("^C")
            try repl.expect("In [4]: ")
        }
        // Tab at the start of a continuation line indents.
        repl.type("for i in range(2):\r")
        try repl.expect("...: ")
        repl.type("\tzebra_count += i\r")
        try repl.expect("...: ")
        repl.type("\r")
        try repl.expect("In [5]: ")
        repl.type("zebra_count\r")
        try repl.expect("Out[5]: 4")
        try repl.expect("In [6]: ")
        repl.type("\u{04}")
        #expect(repl.waitForExit() == 0)
    }

    /// Leaving Ctrl-R's search with Ctrl-C clears the line; the next line typed runs (it used to be swallowed:
    /// the Ctrl-C waited while libedit read the search keys itself, then cleared the next line instead).
    @Test func ctrlCLeavesReverseSearchAndTheNextLineRuns() throws {
        let history = Self.temporaryHistory()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let repl = try startRepl(history: history)
        repl.type("first_entry = 40\r")
        try repl.expect("In [2]: ")
        repl.type("\u{12}")
        repl.type("first")
        try repl.expect("first_entry")
        // The match shows after the first key; let the rest of the pattern reach libedit before the Ctrl-C
        // (which flushes keys the terminal has not handed over yet, as it would for a person typing fast).
        repl.pump(for: 0.5)
        repl.type("\u{03}")
        try repl.expect("^C")
        try repl.expect("In [2]: ")
        repl.type("first_entry + 2\r")
        try repl.expect("Out[2]: 42")
        try repl.expect("In [3]: ")
        // Again, after a search that matched. (Each key waits for the screen: a Ctrl-C flushes the keys the
        // terminal has not handed over yet, as it would for a person.)
        repl.type("\u{12}")
        repl.type("first_entry +")
        try repl.expect("first_entry + 2")
        repl.pump(for: 0.5)
        repl.type("\u{03}")
        try repl.expect("^C")
        try repl.expect("In [3]: ")
        repl.type("first_entry * 0 + 42\r")
        try repl.expect("Out[3]: 42")
        try repl.expect("In [4]: ")
        repl.type("\u{04}")
        #expect(repl.waitForExit() == 0)
    }

    /// Every entry reaches the history file as it is entered: a closed terminal (SIGHUP) or a SIGKILL, which no
    /// handler sees, loses nothing.
    @Test(arguments: [SIGHUP, SIGKILL, SIGTERM])
    func historyIsOnDiskAfterEveryEntry(signal: Int32) throws {
        let history = Self.temporaryHistory()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let repl = try startRepl(history: history)
        repl.type("kept_one = 41\r")
        try repl.expect("In [2]: ")
        repl.type("kept_one + 1\r")
        try repl.expect("Out[2]: 42")
        try repl.expect("In [3]: ")
        repl.type("half typed")
        try repl.expect("half typed")
        kill(repl.pid, signal)
        let status = repl.waitForExit()
        #expect(status == (signal == SIGKILL ? -1 : 128 + signal))
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
        #expect(saved.contains("kept_one\\040=\\04041\n"))
        #expect(saved.contains("kept_one\\040+\\0401\n"))
        #expect(!saved.contains("half"))
        // The next session reads it back.
        let again = try startRepl(history: history)
        again.type("\u{1B}[A\r")
        try again.expect("NameError")
        try again.expect("In [2]: ")
        again.type("\u{04}")
        #expect(again.waitForExit() == 0)
    }

    /// A crash (here raised on purpose through a test-only command) restores the terminal, says where the
    /// history is and where to report the bug, and exits; the history holds every entry.
    @Test(arguments: ["SIGSEGV", "SIGBUS", "SIGFPE", "SIGABRT", "SIGILL", "trap"])
    func aCrashSavesTheHistoryAndSaysWhereToReportIt(signal: String) throws {
        let history = Self.temporaryHistory()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let repl = try startRepl(history: history, environment: ["SPARKBOOK_TEST_SIGNALS": "1"])
        repl.type("before_crash = 1\r")
        try repl.expect("In [2]: ")
        repl.type(":test-signal \(signal)\r")
        let name = signal == "trap" ? "SIGILL" : signal
        try repl.expect("sparkbook: internal error (\(name)): the REPL had to stop.")
        try repl.expect("saved in \(history)")
        try repl.expect("please report it on Sparkbook's GitHub issue tracker")
        let number: Int32 = switch name {
        case "SIGSEGV": SIGSEGV
        case "SIGBUS": SIGBUS
        case "SIGFPE": SIGFPE
        case "SIGABRT": SIGABRT
        default: SIGILL
        }
        #expect(repl.waitForExit() == 128 + number)
        // The terminal is back in its normal (line) mode, not libedit's raw one.
        var settings = termios()
        #expect(tcgetattr(repl.master, &settings) == 0)
        #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("before_crash\\040=\\0401\n"))
    }

    /// Without the test switch, `:test-signal` is an unknown command like any other.
    @Test func testSignalsNeedTheirSwitch() throws {
        let history = Self.temporaryHistory()
        defer { try? FileManager.default.removeItem(atPath: history) }
        let repl = try startRepl(history: history)
        repl.type(":test-signal SIGSEGV\r")
        try repl.expect("unknown command :test-signal")
        try repl.expect("In [1]: ", within: PseudoTerminalProcess.startupSeconds)
        repl.type("\u{04}")
        #expect(repl.waitForExit() == 0)
    }
}
