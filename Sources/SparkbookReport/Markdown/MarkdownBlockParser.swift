import Foundation

/// Splits markdown into blocks by CommonMark's line rules with GFM tables: a heading, list, quote, fence, rule, table
/// or HTML block may start on the line after a paragraph line (no blank line needed), lists nest by indentation,
/// and paragraphs continue lazily inside quotes and list items.
struct MarkdownBlockParser {
    static func parse(_ markdown: String) -> [MarkdownBlock] {
        let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return parse(lines: lines.map { expandingLeadingTabs(String($0)) })
    }

    static func parse(lines: [String]) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if isBlank(line) {
                i += 1
            } else if indentation(line) >= 4 {
                var body: [String] = []
                while i < lines.count, isBlank(lines[i]) || indentation(lines[i]) >= 4 {
                    body.append(String(lines[i].dropFirst(min(4, indentation(lines[i])))))
                    i += 1
                }
                while body.last.map(isBlank) == true { body.removeLast() }
                blocks.append(.code(info: "", text: body.joined(separator: "\n") + "\n"))
            } else if let fence = Fence(line) {
                var body: [String] = []
                i += 1
                while i < lines.count, !fence.isClosed(by: lines[i]) {
                    body.append(String(lines[i].dropFirst(min(fence.indent, indentation(lines[i])))))
                    i += 1
                }
                i += 1
                blocks.append(.code(info: fence.info, text: body.map { $0 + "\n" }.joined()))
            } else if let heading = atxHeading(line) {
                blocks.append(heading)
                i += 1
            } else if isThematicBreak(line) {
                blocks.append(.rule)
                i += 1
            } else if quoteContent(line) != nil {
                var body: [String] = []
                while i < lines.count {
                    if let content = quoteContent(lines[i]) {
                        body.append(content)
                    } else if !isBlank(lines[i]), let last = body.last, !isBlank(last), !startsBlock(lines, at: i) {
                        body.append(lines[i])  // a lazy continuation of the quoted paragraph
                    } else {
                        break
                    }
                    i += 1
                }
                blocks.append(.quote(parse(lines: body)))
            } else if let marker = ListMarker(line) {
                blocks.append(list(lines, from: &i, first: marker))
            } else if let end = HTMLBlockStart(line) {
                var body: [String] = []
                while i < lines.count {
                    if end == .blankLine && isBlank(lines[i]) { break }
                    body.append(lines[i])
                    i += 1
                    if case .text(let closing) = end, body.last!.lowercased().contains(closing) { break }
                }
                blocks.append(.html(body.joined(separator: "\n")))
            } else if i + 1 < lines.count, var table = MarkdownTable(headerLine: line, delimiterLine: lines[i + 1]) {
                i += 2
                while i < lines.count, !isBlank(lines[i]), !startsBlock(lines, at: i) {
                    table.append(rowLine: lines[i])
                    i += 1
                }
                blocks.append(.table(table))
            } else {
                var text = [line]
                i += 1
                var heading: Int?
                while i < lines.count, !isBlank(lines[i]) {
                    if let level = setextLevel(lines[i]) {
                        heading = level
                        i += 1
                        break
                    }
                    if startsBlock(lines, at: i, interruptingParagraph: true) { break }
                    text.append(lines[i])
                    i += 1
                }
                let joined = text.map { String($0.drop { $0 == " " }) }.joined(separator: "\n")
                blocks.append(heading.map { .heading(level: $0, text: joined) } ?? .paragraph(joined))
            }
        }
        return blocks
    }

    /// One list: items with the same kind of marker, each holding the lines indented under it.
    private static func list(_ lines: [String], from i: inout Int, first: ListMarker) -> MarkdownBlock {
        var items: [[MarkdownBlock]] = []
        var tight = true
        var marker = first
        while true {
            var body = [marker.content]
            i += 1
            while i < lines.count {
                let line = lines[i]
                if isBlank(line) {
                    body.append("")
                } else if indentation(line) >= marker.contentIndent {
                    body.append(String(line.dropFirst(marker.contentIndent)))
                } else if let last = body.last, !isBlank(last), !startsBlock(lines, at: i) {
                    body.append(String(line.drop { $0 == " " }))  // a lazy continuation of the item's paragraph
                } else {
                    break
                }
                i += 1
            }
            var trailingBlanks = 0
            while body.count > 1, body.last.map(isBlank) == true {
                body.removeLast()
                trailingBlanks += 1
            }
            // A blank line between two of the item's own blocks makes the whole list loose.
            if zip(body, body.dropFirst()).contains(where: { isBlank($0) && !isBlank($1) && indentation($1) == 0 }) {
                tight = false
            }
            items.append(parse(lines: body))
            guard i < lines.count, let next = ListMarker(lines[i]), next.continues(marker), !isThematicBreak(lines[i]) else { break }
            if trailingBlanks > 0 { tight = false }
            marker = next
        }
        return .list(ordered: first.ordered, start: first.start, items: items, tight: tight)
    }

    /// Whether line `i` starts a block other than a paragraph; `interruptingParagraph` applies CommonMark's stricter
    /// rules for the line right after a paragraph line (an ordered list must start at 1, an empty item cannot
    /// interrupt, and only block-level HTML tags can).
    static func startsBlock(_ lines: [String], at i: Int, interruptingParagraph: Bool = false) -> Bool {
        let line = lines[i]
        if indentation(line) >= 4 { return false }
        if Fence(line) != nil || atxHeading(line) != nil || isThematicBreak(line) || quoteContent(line) != nil { return true }
        if let marker = ListMarker(line) {
            if !interruptingParagraph { return true }
            if !isBlank(marker.content) && (!marker.ordered || marker.start == 1) { return true }
        }
        if let html = HTMLBlockStart(line), !interruptingParagraph || html != .blankLine || HTMLBlockStart.isBlockLevel(line) {
            return true
        }
        return i + 1 < lines.count && MarkdownTable(headerLine: line, delimiterLine: lines[i + 1]) != nil
    }

    static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    private static func atxHeading(_ line: String) -> MarkdownBlock? {
        guard indentation(line) <= 3 else { return nil }
        let trimmed = line.drop { $0 == " " }
        let level = trimmed.prefix { $0 == "#" }.count
        let rest = trimmed.dropFirst(level)
        guard (1...6).contains(level), rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        // A closing run of `#` preceded by a space is not part of the heading.
        if let range = text.range(of: "(^|\\s)#+$", options: .regularExpression) {
            text = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        }
        return .heading(level: level, text: text)
    }

    private static func isThematicBreak(_ line: String) -> Bool {
        guard indentation(line) <= 3 else { return false }
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, "-*_".contains(first) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    private static func setextLevel(_ line: String) -> Int? {
        guard indentation(line) <= 3 else { return nil }
        let marks = line.trimmingCharacters(in: .whitespaces)
        guard let first = marks.first, first == "=" || first == "-", marks.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    /// The line without its `>` marker (and one following space), when it is a quote line.
    private static func quoteContent(_ line: String) -> String? {
        guard indentation(line) <= 3 else { return nil }
        let trimmed = line.drop { $0 == " " }
        guard trimmed.first == ">" else { return nil }
        let rest = trimmed.dropFirst()
        return String(rest.first == " " ? rest.dropFirst() : rest)
    }

    private static func expandingLeadingTabs(_ line: String) -> String {
        var out = ""
        var rest = Substring(line)
        while let c = rest.first, c == " " || c == "\t" {
            out += c == " " ? " " : String(repeating: " ", count: 4 - out.count % 4)
            rest = rest.dropFirst()
        }
        return out + rest
    }
}
