/// Markdown cells rendered to HTML as Jupyter renders them (marked.js with GitHub-flavoured markdown, then its HTML
/// sanitizer): headings, paragraphs with hard line breaks, nested lists, quotes, fenced and indented code, rules,
/// GFM tables (rows with or without outer pipes), emphasis, strikethrough, code spans, links, images, autolinks and
/// the notebook's own HTML, kept but made safe.
///
/// Why not Ink (used before): Ink 0.6 reads a block by its first character only, so a heading, list or table right
/// after a paragraph line is swallowed into the paragraph (`### Example Columns:` printed literally, list items
/// merged), a table row without a leading pipe ends the table, `  ` line breaks are lost, and HTML is copied
/// through verbatim (a `<script>` in a cell would run in the report). Fixing that needs a block parser in front of
/// Ink and a sanitizer behind it: more code than this small CommonMark/GFM subset, which does both.
public enum MarkdownRenderer {
    public static func html(_ markdown: String) -> String {
        html(MarkdownBlockParser.parse(markdown))
    }

    static func html(_ blocks: [MarkdownBlock], tight: Bool = false) -> String {
        var out = ""
        for (index, block) in blocks.enumerated() {
            switch block {
            case .heading(let level, let text):
                out += "<h\(level)>\(MarkdownInline.html(text))</h\(level)>\n"
            case .paragraph(let text) where tight:
                // A tight list item's text stands bare, as in `<li>text</li>`.
                out += MarkdownInline.html(text) + (index + 1 < blocks.count ? "\n" : "")
            case .paragraph(let text):
                out += "<p>\(MarkdownInline.html(text))</p>\n"
            case .code(let info, let text):
                let language = info.split(separator: " ").first.map { " class=\"language-\(HTMLEscaping.escape(String($0)))\"" } ?? ""
                out += "<pre><code\(language)>\(HTMLEscaping.escape(text))</code></pre>\n"
            case .quote(let inner):
                out += "<blockquote>\n\(html(inner))</blockquote>\n"
            case .list(let ordered, let start, let items, let tightList):
                let tag = ordered ? "ol" : "ul"
                out += ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
                for item in items {
                    let body = html(item, tight: tightList)
                    let opensBlock = !tightList || item.first.map { if case .paragraph = $0 { false } else { true } } ?? false
                    out += "<li>" + (opensBlock && !body.isEmpty ? "\n" : "") + body + "</li>\n"
                }
                out += "</\(tag)>\n"
            case .table(let table):
                out += tableHTML(table)
            case .rule:
                out += "<hr>\n"
            case .html(let raw):
                out += HTMLSanitizer.block(raw) + "\n"
            }
        }
        return out
    }

    private static func tableHTML(_ table: MarkdownTable) -> String {
        func row(_ cells: [String], tag: String) -> String {
            "<tr>\n" + zip(cells, table.alignments).map { cell, alignment in
                let align = switch alignment {
                case .none: ""
                case .left: " align=\"left\""
                case .center: " align=\"center\""
                case .right: " align=\"right\""
                }
                return "<\(tag)\(align)>\(MarkdownInline.html(cell))</\(tag)>\n"
            }.joined() + "</tr>\n"
        }
        var out = "<table>\n<thead>\n" + row(table.header, tag: "th") + "</thead>\n"
        if !table.rows.isEmpty { out += "<tbody>\n" + table.rows.map { row($0, tag: "td") }.joined() + "</tbody>\n" }
        return out + "</table>\n"
    }
}
