import Foundation

/// A line-based markdown block parser for notebook cells: headings, paragraphs, fenced code, quotes, nested lists,
/// pipe tables (with or without outer pipes) and rules. Inline HTML blocks keep only their text, headings
/// (`<h1>`) included, so a notebook's banner still reads well in a terminal.
public enum MarkdownParser {
    public static func parse(_ text: String) -> [MarkdownBlock] {
        parse(lines: text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")[...])
    }

    static func parse(lines input: ArraySlice<String>) -> [MarkdownBlock] {
        var lines = input
        var blocks: [MarkdownBlock] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(joinParagraph(paragraph))) }
            paragraph = []
        }
        while let line = lines.first {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { flush(); lines.removeFirst(); continue }
            if let fence = ["```", "~~~"].first(where: { trimmed.hasPrefix($0) }) {
                flush(); lines.removeFirst()
                let language = String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                var code: [String] = []
                while let next = lines.first, !next.trimmingCharacters(in: .whitespaces).hasPrefix(fence) {
                    code.append(next); lines.removeFirst()
                }
                if !lines.isEmpty { lines.removeFirst() }
                blocks.append(.code(language: language.isEmpty ? nil : language, lines: code))
                continue
            }
            if let heading = heading(trimmed) { flush(); blocks.append(heading); lines.removeFirst(); continue }
            if isRule(trimmed) { flush(); blocks.append(.rule); lines.removeFirst(); continue }
            if trimmed.hasPrefix(">") {
                flush()
                var quoted: [String] = []
                while let next = lines.first?.trimmingCharacters(in: .whitespaces), next.hasPrefix(">") {
                    quoted.append(String(next.dropFirst().drop { $0 == " " })); lines.removeFirst()
                }
                blocks.append(.quote(parse(lines: quoted[...])))
                continue
            }
            if listMarker(line) != nil { flush(); blocks.append(parseList(&lines)); continue }
            if trimmed.contains("|"), lines.count > 1, isTableSeparator(lines[lines.startIndex + 1]) {
                flush(); blocks.append(parseTable(&lines)); continue
            }
            if trimmed.hasPrefix("<") {
                flush(); lines.removeFirst()
                blocks += html(trimmed)
                continue
            }
            paragraph.append(line)
            lines.removeFirst()
        }
        flush()
        return blocks
    }

    private static func joinParagraph(_ lines: [String]) -> String {
        lines.enumerated().map { i, line in
            let hardBreak = line.hasSuffix("  ") && i < lines.count - 1
            return line.trimmingCharacters(in: .whitespaces) + (hardBreak ? "\n" : "")
        }.reduce("") { acc, next in acc.isEmpty || acc.hasSuffix("\n") ? acc + next : acc + " " + next }
    }

    private static func heading(_ line: String) -> MarkdownBlock? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return .heading(level: hashes, text: line.dropFirst(hashes).trimmingCharacters(in: .whitespaces))
    }

    private static func isRule(_ line: String) -> Bool {
        let chars = line.filter { $0 != " " }
        guard chars.count >= 3, let first = chars.first, "-*_".contains(first) else { return false }
        return chars.allSatisfy { $0 == first }
    }

    /// The indent and content of a list item line, if it is one.
    static func listMarker(_ line: String) -> (indent: Int, ordered: Bool, content: String)? {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        if let c = rest.first, "-*+".contains(c), rest.dropFirst().first == " " {
            return (indent, false, String(rest.dropFirst(2)))
        }
        let digits = rest.prefix { $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).first == ".", rest.dropFirst(digits.count + 1).first == " " {
            return (indent, true, String(rest.dropFirst(digits.count + 2)))
        }
        return nil
    }

    private static func parseList(_ lines: inout ArraySlice<String>) -> MarkdownBlock {
        let first = listMarker(lines.first!)!
        var items: [[String]] = []
        while let line = lines.first {
            if let marker = listMarker(line), marker.indent <= first.indent {
                guard marker.ordered == first.ordered else { break }
                items.append([marker.content])
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty,
                      line.prefix(while: { $0 == " " }).count > first.indent, !items.isEmpty {
                // A continuation or a nested item: kept, re-indented relative to this item.
                items[items.count - 1].append(String(line.dropFirst(min(first.indent + 2, line.prefix { $0 == " " }.count))))
            } else {
                break
            }
            lines.removeFirst()
        }
        return .list(ordered: first.ordered, items: items.map { parse(lines: $0[...]) })
    }

    static func isTableSeparator(_ line: String) -> Bool {
        let cells = tableCells(line)
        return !cells.isEmpty && cells.allSatisfy { cell in
            let c = cell.trimmingCharacters(in: .whitespaces)
            return c.count >= 1 && c.contains("-") && c.allSatisfy { "-:".contains($0) }
        }
    }

    static func tableCells(_ line: String) -> [String] {
        var trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("|") { trimmed.removeFirst() }
        if trimmed.hasSuffix("|") { trimmed.removeLast() }
        return trimmed.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func parseTable(_ lines: inout ArraySlice<String>) -> MarkdownBlock {
        let header = tableCells(lines.removeFirst())
        lines.removeFirst()
        var rows: [[String]] = []
        while let line = lines.first, line.contains("|"), !line.trimmingCharacters(in: .whitespaces).isEmpty {
            rows.append(tableCells(line)); lines.removeFirst()
        }
        return .table(header: header, rows: rows)
    }

    /// Text of an HTML line: `<h1>` becomes a heading, other tags are dropped.
    private static func html(_ line: String) -> [MarkdownBlock] {
        if let range = line.range(of: #"<h([1-6])[^>]*>(.*?)</h\1>"#, options: .regularExpression) {
            let tag = line[range]
            let level = Int(String(tag.dropFirst(2).prefix(1))) ?? 1
            let text = stripTags(String(tag)).trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? [] : [.heading(level: level, text: text)]
        }
        let text = stripTags(line).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? [] : [.paragraph(text)]
    }

    static func stripTags(_ text: String) -> String {
        text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }
}
