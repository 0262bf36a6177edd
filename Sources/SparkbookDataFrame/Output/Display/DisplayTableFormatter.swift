/// Databricks `display(df)` for places without an interactive grid: a bordered table for terminals and
/// `text/plain` notebook outputs, and an HTML table for `text/html` (see `DisplayTableFormatter+HTML.swift`).
///
/// The terminal table uses Unicode box-drawing lines by default (clearer than show()'s `+---+` and visibly not
/// show() output), or ASCII for terminals without them. At most `maxRows` rows are shown, values are not
/// truncated at 20 characters like show() but capped at `maxCellWidth` columns with `…`, and a footer gives the
/// row count: `5 rows`, `1 row`, `Showing the first 1,000 rows of 50,000`.
public struct DisplayTableFormatter: Sendable {
    public enum Style: Sendable {
        case unicode
        case ascii
    }

    public var maxRows: Int
    public var maxCellWidth: Int
    public var style: Style

    public init(maxRows: Int = 1000, maxCellWidth: Int = 200, style: Style = .unicode) {
        self.maxRows = max(0, maxRows)
        self.maxCellWidth = max(1, maxCellWidth)
        self.style = style
    }

    /// The row-count footer: `0 rows`, `1 row`, `5 rows`, `Showing the first 1,000 rows of 50,000`,
    /// or `Showing the first 1,000 rows` when the total is unknown.
    public func footer(_ content: DisplayTableContent) -> String {
        let shown = min(content.rows.count, maxRows)
        if let total = content.totalRowCount, total > shown {
            return "Showing the first \(Self.grouped(shown)) \(shown == 1 ? "row" : "rows") of \(Self.grouped(total))"
        }
        if content.totalRowCount == nil && content.rows.count > maxRows {
            return "Showing the first \(Self.grouped(shown)) \(shown == 1 ? "row" : "rows")"
        }
        return "\(Self.grouped(shown)) \(shown == 1 ? "row" : "rows")"
    }

    /// The terminal table followed by the footer line; ends without a newline.
    public func text(_ content: DisplayTableContent) -> String {
        let shownRows = content.rows.prefix(maxRows).map { row in
            content.columnNames.indices.map { cellText(index: $0, in: row) }
        }
        guard !content.columnNames.isEmpty else { return footer(content) }
        let header = content.columnNames.map { clip(SparkTextWidth.escapeMetaCharacters($0)) }
        var widths = header.map(SparkTextWidth.halfWidth)
        for row in shownRows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], SparkTextWidth.halfWidth(cell)) }
        }
        let lines = style == .unicode
            ? BoxLines(top: ("┌", "┬", "┐"), middle: ("├", "┼", "┤"), bottom: ("└", "┴", "┘"), horizontal: "─", vertical: "│")
            : BoxLines(top: ("+", "+", "+"), middle: ("+", "+", "+"), bottom: ("+", "+", "+"), horizontal: "-", vertical: "|")
        func rule(_ corners: (String, String, String)) -> String {
            corners.0 + widths.map { String(repeating: lines.horizontal, count: $0 + 2) }.joined(separator: corners.1)
                + corners.2 + "\n"
        }
        func line(_ cells: [String], alignRight: [Bool]) -> String {
            let padded = cells.enumerated().map { index, cell in
                let fill = String(repeating: " ", count: widths[index] - SparkTextWidth.halfWidth(cell))
                return " " + (alignRight[index] ? fill + cell : cell + fill) + " "
            }
            return lines.vertical + padded.joined(separator: lines.vertical) + lines.vertical + "\n"
        }
        let alignment = content.columnNames.indices.map { $0 < content.rightAligned.count && content.rightAligned[$0] }
        var text = rule(lines.top) + line(header, alignRight: alignment) + rule(lines.middle)
        for row in shownRows { text += line(row, alignRight: alignment) }
        return text + rule(lines.bottom) + footer(content)
    }

    private struct BoxLines {
        var top: (String, String, String)
        var middle: (String, String, String)
        var bottom: (String, String, String)
        var horizontal: String
        var vertical: String
    }

    private func cellText(index: Int, in row: [String?]) -> String {
        guard index < row.count, let value = row[index] else { return "NULL" }
        return clip(SparkTextWidth.escapeMetaCharacters(value))
    }

    /// Cuts text wider than `maxCellWidth` columns, ending it with `…`.
    func clip(_ text: String) -> String {
        guard SparkTextWidth.halfWidth(text) > maxCellWidth else { return text }
        var kept = ""
        var width = 0
        for character in text {
            let characterWidth = SparkTextWidth.halfWidth(String(character))
            if width + characterWidth > maxCellWidth - 1 { break }
            kept.append(character)
            width += characterWidth
        }
        return kept + "…"
    }

    /// `50000` -> `50,000`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }
}
