/// Renders markdown blocks for a terminal of a given width: headings bold (and underlined for levels 1-2),
/// `code` in cyan, quotes with a bar, bullets, boxed tables, wrapped paragraphs. Without colour the text stays
/// readable: markers that only mean style are dropped, `code` keeps its backticks.
public struct MarkdownTerminalRenderer: Sendable {
    public var width: Int
    public var style: TerminalStyle

    public init(width: Int = 80, style: TerminalStyle) {
        self.width = max(20, width)
        self.style = style
    }

    public func render(_ markdown: String) -> String {
        render(MarkdownParser.parse(markdown), width: width).joined(separator: "\n") + "\n"
    }

    func render(_ blocks: [MarkdownBlock], width: Int) -> [String] {
        var out: [String] = []
        for (i, block) in blocks.enumerated() {
            if i > 0 { out.append("") }
            out += render(block, width: width)
        }
        return out
    }

    private func render(_ block: MarkdownBlock, width: Int) -> [String] {
        switch block {
        case .heading(let level, let text):
            let line = style.bold(InlineMarkdown.plain(text))
            guard level <= 2 else { return [line] }
            return [line, style.dim(String(repeating: level == 1 ? "═" : "─", count: min(width, TerminalWidth.of(InlineMarkdown.plain(text)))))]
        case .paragraph(let text):
            return text.components(separatedBy: "\n").flatMap { wrap(InlineMarkdown.runs($0), width: width) }
        case .code(_, let lines):
            return lines.map { "    " + style.cyan($0) }
        case .quote(let inner):
            return render(inner, width: width - 2).map { style.dim("│ ") + $0 }
        case .list(let ordered, let items):
            var out: [String] = []
            for (n, item) in items.enumerated() {
                let marker = ordered ? "\(n + 1). " : "• "
                let body = render(item, width: width - marker.count).filter { !$0.isEmpty }
                for (k, line) in body.enumerated() {
                    out.append((k == 0 ? marker : String(repeating: " ", count: marker.count)) + line)
                }
            }
            return out
        case .table(let header, let rows):
            return table(header: header, rows: rows)
        case .rule:
            return [style.dim(String(repeating: "─", count: min(width, 40)))]
        }
    }

    private func table(header: [String], rows: [[String]]) -> [String] {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        func cells(_ row: [String]) -> [String] {
            (0..<columns).map { $0 < row.count ? InlineMarkdown.plain(row[$0]) : "" }
        }
        let all = [cells(header)] + rows.map(cells)
        let widths = (0..<columns).map { c in all.map { TerminalWidth.of($0[c]) }.max() ?? 0 }
        func line(_ l: String, _ m: String, _ r: String) -> String {
            l + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: m) + r
        }
        func row(_ values: [String], bold: Bool) -> String {
            "│" + zip(values, widths).map { value, w in
                " " + (bold ? style.bold(TerminalWidth.pad(value, to: w)) : TerminalWidth.pad(value, to: w)) + " "
            }.joined(separator: "│") + "│"
        }
        return [line("┌", "┬", "┐"), row(all[0], bold: true), line("├", "┼", "┤")]
            + all.dropFirst().map { row($0, bold: false) } + [line("└", "┴", "┘")]
    }

    /// Word-wraps styled runs to `width` visible columns.
    private func wrap(_ runs: [InlineMarkdown.Run], width: Int) -> [String] {
        var lines: [String] = []
        var current = "", currentWidth = 0
        for run in runs {
            for (i, word) in run.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if i > 0 || (run.leadingSpace && !current.isEmpty) {
                    if currentWidth > 0 { current += " "; currentWidth += 1 }
                }
                let text = String(word)
                guard !text.isEmpty else { continue }
                let w = TerminalWidth.of(styled(text, run.kind))
                if currentWidth + w > width, currentWidth > 0 {
                    lines.append(current.trimmingTrailingSpaces)
                    current = ""; currentWidth = 0
                }
                current += styled(text, run.kind)
                currentWidth += w
            }
        }
        if !current.isEmpty { lines.append(current.trimmingTrailingSpaces) }
        return lines
    }

    private func styled(_ text: String, _ kind: InlineMarkdown.Kind) -> String {
        switch kind {
        case .plain: text
        case .bold: style.bold(text)
        case .italic: style.color ? "\u{1B}[3m\(text)\u{1B}[0m" : text
        case .code: style.color ? style.cyan(text) : "`\(text)`"
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
