import SparkbookSyntax

/// Groups typed or piped lines into complete entries, the way Python's prompt does: an entry that the parser
/// calls incomplete (open bracket or string, trailing `\`, a block header) waits for more lines, and an indented
/// block waits for a blank line or a line back at the left margin.
public struct EntryAccumulator: Sendable {
    /// What one more line did to the pending entry.
    public enum Step: Sendable, Equatable {
        /// The entry needs more lines; show the continuation prompt.
        case needsMore
        /// These entries are ready to run, in order (two when a dedented line closes a block and is itself whole).
        case ready([Entry])
        /// A blank line with nothing pending.
        case empty
    }

    /// A complete entry and the input line it started on (for error positions in scripts).
    public struct Entry: Sendable, Equatable {
        public var text: String
        public var firstLine: Int
    }

    public private(set) var lines: [String] = []
    /// Lines fed so far, and the number of the pending entry's first line.
    private var linesSeen = 0
    private var firstLine = 1

    public init() {}

    /// True while an entry is half-typed.
    public var isPending: Bool { !lines.isEmpty }

    /// The pending text, for Ctrl-C and errors at end of input.
    public var pendingText: String { lines.joined(separator: "\n") }

    public mutating func clear() { lines = [] }

    public mutating func add(_ line: String) -> Step {
        linesSeen += 1
        let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
        if lines.isEmpty {
            if blank { return .empty }
            return start(line)
        }
        let state = Self.state(of: lines)
        if state == .openBlock {
            if blank { return .ready([take()]) }
            if Self.startsAtMargin(line), !Self.continuesCompound(line) {
                // The block ended without a blank line (common in scripts): run it, then treat this line afresh.
                let closed = take()
                switch start(line) {
                case .ready(let more): return .ready([closed] + more)
                default: return .ready([closed])
                }
            }
        }
        lines.append(line)
        return settle()
    }

    /// Called at end of input: whatever is pending is final (a parse error will report what is missing).
    public mutating func finish() -> Entry? {
        lines.isEmpty ? nil : take()
    }

    private mutating func start(_ line: String) -> Step {
        lines = [line]
        firstLine = linesSeen
        return settle()
    }

    private mutating func settle() -> Step {
        switch Self.state(of: lines) {
        case .complete: return .ready([take()])
        case .incomplete, .openBlock: return .needsMore
        }
    }

    private mutating func take() -> Entry {
        defer { lines = [] }
        return Entry(text: lines.joined(separator: "\n"), firstLine: firstLine)
    }

    enum State: Equatable { case complete, incomplete, openBlock }

    /// Whether the lines so far form an entry; a syntax error counts as complete, so it is reported at once.
    static func state(of lines: [String]) -> State {
        let text = lines.joined(separator: "\n")
        switch Parser.parse(SourceFile(path: "<stdin>", text: text)) {
        case .incomplete: return .incomplete
        case .complete(let program): return program.endsInsideBlock ? .openBlock : .complete
        case .failure: return .complete
        }
    }

    static func startsAtMargin(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return first != " " && first != "\t"
    }

    /// `else:`, `elif`, `except`, `finally` continue the block above rather than closing it.
    static func continuesCompound(_ line: String) -> Bool {
        let word = line.prefix { $0.isLetter }
        return ["else", "elif", "except", "finally"].contains(String(word))
    }
}
