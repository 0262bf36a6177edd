import CEditLineShim
import Foundation

/// The REPL's last line of defence. A crash (a trap such as a failed precondition, a bad memory access) ends the
/// process with the terminal restored and a message that the history is safe and where to report the bug; a
/// closed terminal (SIGHUP) or SIGTERM ends it quietly. The handler itself is in the C shim and only writes the
/// message prepared here and exits: nothing else is safe inside a signal handler, and nothing else is needed,
/// because every entry is already in the history file (appended as it is entered).
enum FatalSignalGuard {
    /// The signals the guard handles, by the names `:test-signal` takes.
    static let signals: [String: Int32] = [
        "SIGILL": SIGILL, "SIGSEGV": SIGSEGV, "SIGBUS": SIGBUS, "SIGFPE": SIGFPE, "SIGABRT": SIGABRT,
        "SIGHUP": SIGHUP, "SIGTERM": SIGTERM,
    ]

    /// Where a crash should be reported.
    static let reportTo = "Sparkbook's GitHub issue tracker"

    /// What follows `sparkbook: internal error (SIGNAME)`.
    static func message(historyPath: String) -> String {
        """
        : the REPL had to stop.
        Every entry you ran is saved in \(historyPath); the Up arrow brings them back in the next session.
        This is a bug in Sparkbook, not in your code: please report it on \(reportTo),
        with the entry that was running and the lines printed above.

        """.replacingOccurrences(of: "\n", with: "\r\n")
    }

    static func install(historyPath: String) {
        _ = sparkbook_install_fatal_signal_handlers(message(historyPath: historyPath))
    }

    static func remove() {
        sparkbook_remove_fatal_signal_handlers()
    }

    /// `:test-signal NAME`, only with `SPARKBOOK_TEST_SIGNALS=1` (for the pseudo-terminal tests): sends the
    /// signal to the process, `SIGABRT` through `abort()`, or with `trap` fails a precondition, as real bugs do.
    /// (The REPL runs on a pool thread, which blocks asynchronous signals, so `raise` would leave them pending.)
    /// Returns false for an unknown name.
    static func raiseForTest(_ name: String) -> Bool {
        if name == "trap" { preconditionFailure(":test-signal trap: a deliberately failed precondition") }
        if name == "SIGABRT" { abort() }
        guard let signo = signals[name] else { return false }
        kill(getpid(), signo)
        // Delivered to another thread: wait for its handler to end the process.
        while true { pause() }
    }

    static var testHooksEnabled: Bool { ProcessInfo.processInfo.environment["SPARKBOOK_TEST_SIGNALS"] == "1" }
}
