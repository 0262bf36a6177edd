/// What the student typed at a walkthrough prompt.
public enum WalkCommandKey: Equatable, Sendable {
    case run, skip, back, rerun, jump(Int), edit, tryIt, quit, help
    case unknown(String)

    /// Parses a typed line: `n` or empty runs, `s` skips, `b` goes back, `r` re-runs, `j 5` jumps, `e` edits,
    /// `t` tries it in the REPL, `q` quits, `?` shows the keys.
    public init(_ line: String) {
        let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
        switch parts.first.map(String.init)?.lowercased() {
        case nil, "n", "next", "run": self = .run
        case "s", "skip": self = .skip
        case "b", "back": self = .back
        case "r", "rerun": self = .rerun
        case "j", "jump":
            if parts.count > 1, let n = Int(parts[1].trimmingCharacters(in: .whitespaces)) { self = .jump(n) }
            else { self = .unknown(line) }
        case "e", "edit": self = .edit
        case "t", "try": self = .tryIt
        case "q", "quit", "exit": self = .quit
        case "?", "h", "help": self = .help
        default: self = .unknown(line)
        }
    }

    public static let helpText = "Enter/n run · s skip · b back · r re-run · j N jump · e edit · t try it (REPL; :continue returns) · q quit"
}

import Foundation
