import Foundation
import Glibc
import SparkbookCluster
import Testing
import SparkbookUtilities

/// No key ends the REPL: the seed notebook's cells typed in, then 200 seeded random presses of Tab, the arrows,
/// Ctrl-C, Ctrl-R, printable characters and Enter, then Ctrl-C in the middle of a job. The session must still
/// answer afterwards. Reproducible: the seed picks the keys; a failure names the keys pressed.
extension InteractiveReplTests {
    static let seedNotebook = ReplSessionTests.root.appendingPathComponent("notebooks/dynamic_allocation.ipynb")

    /// The seed's code cells as lines to type, each cell closed so the next starts at `In [n]:`.
    static func seedCellLines() throws -> [[String]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: seedNotebook)) as? [String: Any]
        let cells = json?["cells"] as? [[String: Any]] ?? []
        return cells.filter { $0["cell_type"] as? String == "code" }.map { cell in
            let source = (cell["source"] as? [String])?.joined() ?? cell["source"] as? String ?? ""
            return source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }

    enum Key: CaseIterable {
        case tab, up, down, left, right, ctrlC, ctrlR, printable, enter

        /// Printable characters a person types into PySpark (no `:` , whose `:quit` leaves on purpose).
        static let printables = Array("abcdefgijklmnopqrstuvwxyzFABCDEGHIJK_0123456789 .,()[]=+-*/%\"'#<>!")

        func bytes(_ random: inout SplitMix64) -> String {
            switch self {
            case .tab: "\t"
            case .up: "\u{1B}[A"
            case .down: "\u{1B}[B"
            case .left: "\u{1B}[D"
            case .right: "\u{1B}[C"
            case .ctrlC: "\u{03}"
            case .ctrlR: "\u{12}"
            case .printable: String(Self.printables[random.next(below: Self.printables.count)])
            case .enter: "\r"
            }
        }
    }

    /// Waits for the next prompt; true when it is a continuation (`...:`).
    static func awaitPrompt(_ repl: PseudoTerminalProcess, within seconds: Double = 30) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            guard repl.pump(for: 0.02) else { break }
            let tail = repl.screenSoFar.suffix(12)
            if tail.hasSuffix("...: ") { return true }
            if tail.hasSuffix("]: "), tail.contains("In [") { return false }
        }
        throw PseudoTerminalProcess.Timeout(expected: "a prompt", screen: repl.screenSoFar)
    }

    @Test(arguments: [UInt64(12)])
    func twoHundredRandomKeysNeverEndTheSession(seed: UInt64) throws {
        let history = Self.temporaryHistory()
        defer { try? FileManager.default.removeItem(atPath: history) }
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build sparkbook first")
        let notebooks = Self.seedNotebook.deletingLastPathComponent().path
        let repl = try PseudoTerminalProcess(Self.binary, ["repl", "--history-file", history, "--cwd", notebooks,
                                                           "--time-scale", "0.01"])
        try repl.expect("In [1]: ", within: PseudoTerminalProcess.startupSeconds)
        for lines in try Self.seedCellLines() {
            var continued = false
            for line in lines {
                repl.discardScreen()
                repl.type(line + "\r")
                continued = try Self.awaitPrompt(repl)
            }
            // A cell ending inside a block needs the blank line that closes it.
            if continued {
                repl.type("\r")
                _ = try Self.awaitPrompt(repl)
            }
        }
        try #require(!repl.screenSoFar.contains("Error"), "\(repl.screenSoFar)")

        var random = SplitMix64(seed: seed)
        // Printable characters are weighted up, so lines with names, dots and brackets get Tab-completed.
        let weighted: [Key] = Key.allCases + Array(repeating: .printable, count: 8) + [.tab, .tab, .enter]
        var pressed: [String] = []
        for _ in 0..<200 {
            let key = weighted[random.next(below: weighted.count)]
            let bytes = key.bytes(&random)
            pressed.append(bytes)
            repl.discardScreen()
            repl.type(bytes)
            if key == .enter {
                // Let the entry run (or fail) and the next prompt come back before the next key (an Enter that
                // ends a Ctrl-R search only ends the search: no prompt comes, so the wait is short).
                _ = try? Self.awaitPrompt(repl, within: 1)
            }
            let alive = repl.pump(for: 0.01) && repl.isRunning
            try #require(alive, "the REPL ended after the keys \(pressed.joined().debugDescription)")
        }

        // Ctrl-C in the middle of a job cancels it; the session answers afterwards.
        repl.type("\u{03}")
        repl.pump(for: 0.1)
        repl.discardScreen()
        repl.type("\u{03}")
        try repl.expect("^C")
        _ = try Self.awaitPrompt(repl)
        repl.type("spark.range(1000000000000).selectExpr(\"id % 1000 AS k\").groupBy(\"k\").count().count()\r")
        repl.pump(for: 0.5)
        repl.type("\u{03}")
        try repl.expect("cancelled as part of cancellation of all jobs", within: 30)
        try repl.expect("In [")
        repl.discardScreen()
        repl.type("agg_df.count() * 0 + 6 * 7\r")
        try repl.expect("]: 42", within: 30)
        try repl.expect("In [")
        #expect(repl.isRunning)
        repl.type("\u{04}")
        #expect(repl.waitForExit() == 0, "keys: \(pressed.joined().debugDescription)")
    }
}
