import Foundation

/// Where an HTML block ends, when `line` starts one (CommonMark's HTML block kinds, simplified).
enum HTMLBlockStart: Equatable {
    /// `<script>`, `<pre>`, `<style>`, `<textarea>` and comments run to their closing text.
    case text(String)
    /// Any other tag alone at the start of a line runs to the next blank line.
    case blankLine

    init?(_ line: String) {
        guard MarkdownBlockParser.indentation(line) <= 3 else { return nil }
        let trimmed = line.drop { $0 == " " }.lowercased()
        guard trimmed.hasPrefix("<") else { return nil }
        if trimmed.hasPrefix("<!--") { self = .text("-->"); return }
        for name in ["script", "pre", "style", "textarea"] where trimmed.range(of: "^<\(name)(\\s|>|$)", options: .regularExpression) != nil {
            self = .text("</\(name)>")
            return
        }
        guard Self.isBlockLevel(line) || HTMLTag.parse(Array(trimmed), at: 0)?.end == trimmed.count else { return nil }
        self = .blankLine
    }

    /// Starts with a block-level tag (`<div`, `</table>`, `<h1 ...>`), which may interrupt a paragraph.
    static func isBlockLevel(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }.lowercased()
        guard let match = trimmed.range(of: "^</?[a-z][a-z0-9]*", options: .regularExpression) else { return false }
        let name = trimmed[match].drop { $0 == "<" || $0 == "/" }
        let after = trimmed[match.upperBound...].first
        return blockLevelTags.contains(String(name)) && (after == nil || after == " " || after == ">" || after == "/")
    }

    static let blockLevelTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "nav", "ol", "p",
        "param", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]
}
