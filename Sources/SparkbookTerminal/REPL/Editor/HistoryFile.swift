@preconcurrency import CLibEdit
import Foundation
import SparkbookUtilities

/// The REPL's history across sessions: `--history-file`, else `SPARKBOOK_HISTORY`, else `~/.sparkbook_history`.
/// libedit's file format escapes newlines (strvis), so a multi-line entry comes back whole. Each entry is
/// appended to the file as it is entered (as IPython does, and bash with `PROMPT_COMMAND='history -a'`), so a
/// crash or a closed terminal loses nothing, and sessions running side by side keep each other's entries.
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
        let home = UserHome.url(environment: environment)
        return HistoryFile(url: home.appendingPathComponent(".sparkbook_history"))
    }

    /// Loads the file's entries into libedit, replacing what it held (a missing file is a first session, not an
    /// error): the file is the history, so entering the REPL twice in one process does not double it.
    func load() {
        using_history()
        clear_history()
        stifle_history(Self.maxEntries)
        if FileManager.default.fileExists(atPath: url.path) { _ = read_history(url.path) }
    }

    /// Adds one entry and appends it to the file at once; a multi-line entry stays one entry. Repeats of the
    /// previous entry are kept once. Returns false (and the REPL warns) when the file cannot be written.
    @discardableResult
    func add(_ typed: String) -> Bool {
        // The blank line that closed a block is not part of the entry.
        let entry = String(typed.reversed().drop { $0 == "\n" || $0 == " " }.reversed())
        guard entry.contains(where: { !$0.isWhitespace }) else { return true }
        if history_length > 0, let last = history_get(history_base + history_length - 1),
           let line = last.pointee.line, String(cString: line) == entry {
            return true
        }
        _ = add_history(entry)
        return appendNewestEntry()
    }

    /// Appends libedit's newest entry to the file, encoded by libedit itself: `write_history` to a scratch file
    /// gives the format's header line and the entry as its last line. (libedit's own `append_history(n)` writes
    /// n + 1 entries in some versions, so it cannot be trusted to write exactly one.)
    private func appendNewestEntry() -> Bool {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("sparkbook-history-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard write_history(scratch.path) == 0, let written = try? String(contentsOf: scratch, encoding: .utf8)
        else { return false }
        let lines = written.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count >= 2, let header = lines.first, let entry = lines.last else { return false }
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var status = stat()
        let isEmpty = fstat(fd, &status) == 0 && status.st_size == 0
        let text = (isEmpty ? header + "\n" : "") + entry + "\n"
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count
    }

    /// Keeps the file to its newest `maxEntries` entries (at the end of a session; appends let it grow).
    /// Returns false when the file cannot be rewritten.
    @discardableResult
    func trim() -> Bool {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return true }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count - 1 > Int(Self.maxEntries), let header = lines.first else { return true }
        let kept = [header] + lines.suffix(Int(Self.maxEntries))
        do {
            try Data((kept.joined(separator: "\n") + "\n").utf8).write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            return true
        } catch {
            return false
        }
    }
}
