import Foundation

/// A fenced code block's opening line: three or more backticks or tildes, then an info string (the language).
struct Fence {
    var indent: Int
    var character: Character
    var length: Int
    var info: String

    init?(_ line: String) {
        indent = MarkdownBlockParser.indentation(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let c = rest.first, c == "`" || c == "~" else { return nil }
        length = rest.prefix { $0 == c }.count
        guard length >= 3 else { return nil }
        character = c
        info = rest.dropFirst(length).trimmingCharacters(in: .whitespaces)
        if c == "`" && info.contains("`") { return nil }
    }

    func isClosed(by line: String) -> Bool {
        guard MarkdownBlockParser.indentation(line) <= 3 else { return false }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count >= length && trimmed.allSatisfy { $0 == character }
    }
}
