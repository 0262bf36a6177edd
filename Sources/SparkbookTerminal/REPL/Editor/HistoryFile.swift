@preconcurrency import CLibEdit
import Foundation

/// The REPL's history across sessions: `--history-file`, else `SPARKBOOK_HISTORY`, else `~/.sparkbook_history`.
/// libedit's file format escapes newlines (strvis), so a multi-line entry comes back whole.
public struct HistoryFile: Sendable {
    public static let maxEntries: Int32 = 2000
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> HistoryFile
    {
        if let option, !option.isEmpty { return HistoryFile(url: URL(fileURLWithPath: option)) }
        if let env = environment["SPARKBOOK_HISTORY"], !env.isEmpty { return HistoryFile(url: URL(fileURLWithPath: env)) }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return HistoryFile(url: home.appendingPathComponent(".sparkbook_history"))
    }

    /// Loads earlier sessions' entries into libedit (a missing file is a first session, not an error).
    func load() {
        using_history()
        stifle_history(Self.maxEntries)
        if FileManager.default.fileExists(atPath: url.path) { _ = read_history(url.path) }
    }

    /// Adds one entry; a multi-line entry stays one entry. Repeats of the previous entry are kept once.
    func add(_ typed: String) {
        // The blank line that closed a block is not part of the entry.
        let entry = String(typed.reversed().drop { $0 == "\n" || $0 == " " }.reversed())
        guard entry.contains(where: { !$0.isWhitespace }) else { return }
        if history_length > 0, let last = history_get(history_base + history_length - 1),
           let line = last.pointee.line, String(cString: line) == entry {
            return
        }
        _ = add_history(entry)
    }

    /// Writes the history; returns false (and the REPL warns) when the file cannot be written.
    @discardableResult
    func save() -> Bool {
        write_history(url.path) == 0
    }
}
