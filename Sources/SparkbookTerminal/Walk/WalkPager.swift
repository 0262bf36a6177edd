/// Splits what the walkthrough shows between two prompts into pages that fit the terminal, so an explanation
/// never scrolls past before it is read: each page is at most `height` lines less the prompt line under it.
public struct WalkPager: Sendable {
    /// Terminal rows.
    public let height: Int

    public init(height: Int) {
        self.height = height
    }

    /// Lines a page may hold: one row stays for the prompt, one for the line the student typed.
    public var linesPerPage: Int { max(3, height - 2) }

    /// `text` in pages; cut at blank lines when one is in the page's last third, so paragraphs stay whole.
    public func pages(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var pages: [String] = []
        var start = 0
        while lines.count - start > linesPerPage {
            var end = start + linesPerPage
            let earliest = start + linesPerPage * 2 / 3
            if let blank = (earliest..<end).last(where: { lines[$0].isEmpty }) { end = blank + 1 }
            pages.append(lines[start..<end].joined(separator: "\n") + "\n")
            start = end
        }
        pages.append(lines[start...].joined(separator: "\n") + (text.hasSuffix("\n") ? "\n" : ""))
        return pages
    }
}
