import Foundation
import SparkbookInterpreter

/// The REPL on a terminal: libedit for editing, history and completion; prompts with the execution counter;
/// Ctrl-C clears the line (or asks the runtime to cancel a running job); Ctrl-D or `:quit` leaves. Each entry
/// reaches the history file as it is entered, and a crash or a closed terminal ends the process through
/// `FatalSignalGuard`, so no way of leaving loses the history.
public final class InteractiveRepl {
    public let session: ReplSession
    public let history: HistoryFile
    private let style: TerminalStyle

    public init(session: ReplSession, history: HistoryFile) {
        self.session = session
        self.history = history
        self.style = TerminalStyle(color: session.options.color)
    }

    public func run() async {
        let session = self.session
        let editor = LineEditor(
            completer: { Completer.complete($0, in: session.completionScope?() ?? CompletionScope(globals: session.interpreter.globals)) },
            pendingText: { session.pendingText })
        history.load()
        // Installed while the terminal is in its normal mode: the settings the handler restores.
        FatalSignalGuard.install(historyPath: history.url.path)
        defer { FatalSignalGuard.remove() }
        var historyWarned = false
        let testHooks = FatalSignalGuard.testHooksEnabled
        let watcher = InterruptWatcher(descriptor: editor.interruptDescriptor)
        session.output.out(style.dim("Sparkbook REPL: PySpark entries; :help for commands, Ctrl-D to leave.") + "\n")
        var entryLines: [String] = []
        loop: while !session.wantsQuit {
            let input = editor.readLine(prompt: prompt()) {
                for notice in session.hooks?.drainPendingNotices() ?? [] { editor.printAbove(notice) }
            }
            switch input {
            case .endOfInput:
                if session.isPending {
                    session.discardPending()
                    entryLines = []
                    session.output.out("\n")
                    continue loop
                }
                session.output.out("\n")
                break loop
            case .interrupt:
                session.discardPending()
                entryLines = []
            case .line(let line):
                if testHooks, let command = MetaCommand.parse(line), command.name == "test-signal",
                   FatalSignalGuard.raiseForTest(command.argument) {
                    continue loop
                }
                entryLines.append(line)
                let hooks = session.hooks
                watcher.start {
                    // The terminal echoed `^C` after whatever the entry printed last (a progress bar): the
                    // cancellation message starts on a line of its own.
                    StandardStreams.out("\n")
                    if let hooks { hooks.cancelRunningJob() } else {
                        StandardStreams.err("^C: no cluster runtime is attached, so the running entry cannot be cancelled\n")
                    }
                }
                let result = await session.feed(line)
                watcher.stop()
                if result != .needsMore {
                    if !history.add(entryLines.joined(separator: "\n")), !historyWarned {
                        historyWarned = true
                        warnHistoryNotWritten()
                    }
                    entryLines = []
                }
            }
        }
        editor.close()
        if !history.trim(), !historyWarned { warnHistoryNotWritten() }
    }

    private func warnHistoryNotWritten() {
        session.output.err(style.red("warning: ") + "could not write the history to \(history.url.path)\n")
    }

    /// `In [3]: ` in green, `   ...: ` dim, with libedit's ignore markers around the escapes so the cursor
    /// column stays right.
    private func prompt() -> String {
        let text = session.prompt
        guard style.color else { return text }
        let code = session.isPending ? "2" : "32"
        return "\u{1}\u{1B}[\(code)m\u{2}\(text)\u{1}\u{1B}[0m\u{2}"
    }
}
