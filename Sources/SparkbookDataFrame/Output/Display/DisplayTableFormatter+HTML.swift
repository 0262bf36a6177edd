/// The `text/html` form of `display(df)` for `.ipynb` outputs: a plain `<table>` with `<thead>`/`<tbody>`,
/// escaped values, a small inline style (no external CSS, so it renders the same in Jupyter, VS Code and GitHub),
/// NULL shown dimmed, and the same footer as the terminal table. Values are not clipped here.
extension DisplayTableFormatter {
    public func html(_ content: DisplayTableContent) -> String {
        let cellStyle = "padding:2px 8px;border:1px solid #ddd;white-space:pre;"
        var html = "<div class=\"sparkbook-display\">\n"
        html += "<table style=\"border-collapse:collapse;font-family:monospace;font-size:12px;\">\n<thead>\n<tr>"
        for name in content.columnNames {
            html += "<th style=\"\(cellStyle)text-align:left;background:#f5f5f5;\">\(Self.escapeHTML(name))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in content.rows.prefix(maxRows) {
            html += "<tr>"
            for index in content.columnNames.indices {
                let align = index < content.rightAligned.count && content.rightAligned[index] ? "right" : "left"
                if index < row.count, let value = row[index] {
                    html += "<td style=\"\(cellStyle)text-align:\(align);\">\(Self.escapeHTML(value))</td>"
                } else {
                    html += "<td style=\"\(cellStyle)text-align:\(align);color:#999;\">NULL</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += "<p style=\"font-family:sans-serif;font-size:12px;color:#666;margin:4px 0;\">\(Self.escapeHTML(footer(content)))</p>\n"
        return html + "</div>"
    }

    /// Escapes the five characters that matter in HTML text and attribute values.
    public static func escapeHTML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
