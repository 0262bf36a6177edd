@preconcurrency import CLibEdit
import Foundation
import Testing
@testable import SparkbookTerminal

@Suite(.serialized) struct HistoryFileTests {
    @Test func optionBeatsEnvironmentBeatsHome() {
        #expect(HistoryFile.resolve(option: "/tmp/a", environment: ["SPARKBOOK_HISTORY": "/tmp/b", "HOME": "/h"]).url.path == "/tmp/a")
        #expect(HistoryFile.resolve(option: nil, environment: ["SPARKBOOK_HISTORY": "/tmp/b", "HOME": "/h"]).url.path == "/tmp/b")
        #expect(HistoryFile.resolve(option: nil, environment: ["HOME": "/h"]).url.path == "/h/.sparkbook_history")
    }

    func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
    }

    /// Each entry is on disk as soon as it is added, in libedit's format, without waiting for the session's end.
    @Test func everyEntryIsAppendedAtOnce() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let history = HistoryFile(url: url)
        history.load()
        #expect(history.add("a = 1"))
        #expect(try String(contentsOf: url, encoding: .utf8) == "_HiStOrY_V2_\na\\040=\\0401\n")
        #expect(history.add("a = 1"))  // a repeat is kept once
        #expect(history.add("for i in x:\n    print(i)\n\n"))
        #expect(try String(contentsOf: url, encoding: .utf8)
                == "_HiStOrY_V2_\na\\040=\\0401\nfor\\040i\\040in\\040x:\\012\\040\\040\\040\\040print(i)\n")
        // Another session appending to the same file keeps this one's entries, and both come back.
        let other = HistoryFile(url: url)
        other.load()
        #expect(other.add("b = 2"))
        history.load()
        #expect(history_length == 3)
        #expect(String(cString: history_get(history_base + 2).pointee.line) == "b = 2")
    }

    @Test func aFileThatCannotBeWrittenIsReported() {
        let history = HistoryFile(url: URL(fileURLWithPath: "/nonexistent-dir-\(UUID().uuidString)/history"))
        history.load()
        #expect(!history.add("x = 1"))
    }

    /// Appends let the file grow; the end of a session trims it to the newest `maxEntries`.
    @Test func trimKeepsTheNewestEntries() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = (0..<(Int(HistoryFile.maxEntries) + 5)).map { "x\($0)" }
        try ("_HiStOrY_V2_\n" + lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        #expect(HistoryFile(url: url).trim())
        let kept = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(kept.count == Int(HistoryFile.maxEntries) + 1)
        #expect(kept.first == "_HiStOrY_V2_")
        #expect(kept[1] == "x5")
        #expect(kept.last == "x\(Int(HistoryFile.maxEntries) + 4)")
    }
}
