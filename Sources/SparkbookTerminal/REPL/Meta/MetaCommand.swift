import Foundation
import SparkbookEngine
import SparkbookUtilities

/// A `:command` typed at the prompt: REPL controls that are not Python.
public struct MetaCommand: Sendable, Equatable {
    public var name: String
    /// The rest of the line, trimmed.
    public var argument: String

    /// Every command, with its one-line help, in the order `:help` lists them.
    public static let all: [(name: String, usage: String, help: String)] = [
        ("help", ":help", "show this list"),
        ("quit", ":quit", "leave (Ctrl-D too); history is saved"),
        ("continue", ":continue", "back to the walkthrough (when trying things from `sparkbook walk`)"),
        ("timer", ":timer on|off", "print each entry's run time"),
        ("conf", ":conf [key]", "show the session's Spark configuration, or one key"),
        ("executors", ":executors", "the live executor table"),
        ("timeline", ":timeline", "executors added and released so far"),
        ("explain", ":explain NAME", "the physical plan of a DataFrame variable, with its exchanges"),
        ("load", ":load FILE", "run a notebook's code cells in this session"),
        ("save", ":save FILE.ipynb", "write this session as a notebook, with outputs"),
        ("reset", ":reset", "forget every variable and start counting from 1"),
    ]

    public static var names: [String] { all.map(\.name) }

    /// A line that starts with `:` (and is not a Python slice or dict, which never start a line).
    public static func parse(_ line: String) -> MetaCommand? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == ":" else { return nil }
        let body = trimmed.dropFirst()
        let name = body.prefix { !$0.isWhitespace }
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        return MetaCommand(name: String(name), argument: argument)
    }

    public var isKnown: Bool { Self.names.contains(name) }

    /// The closest known command, for `unknown command :tiemr; did you mean :timer?`.
    public var suggestion: String? {
        if let prefixed = Self.names.first(where: { !name.isEmpty && $0.hasPrefix(name) }) { return prefixed }
        // Command names are short, so allow two edits (a swapped pair of letters: `tiemr`).
        guard let closest = NameSuggester.closest(to: name, among: Self.names, limit: 1).first else { return nil }
        let distance = EditDistance.between(name.lowercased(), closest)
        return distance <= min(2, max(1, name.count - 2)) ? closest : nil
    }
}
