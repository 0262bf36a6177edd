/// `Dataset.showString` of Spark 4: the exact text `df.show()` prints.
///
/// The result is what PySpark passes to `print()`, which adds one final newline. Tables end with their bottom
/// border and a newline; a footer (`only showing top 20 rows`, or `(0 rows)` in vertical mode) has no newline.
public enum ShowTableFormatter {
    /// PySpark's `show(n, truncate)` argument: `True` means 20, `False` means 0, an int is itself.
    public static func truncateWidth(pythonTruncate: Bool) -> Int { pythonTruncate ? 20 : 0 }

    /// Formats cells that are already value texts (see `SparkValueText`).
    /// - Parameters:
    ///   - rows: the rows to print, at most `numRowsRequested` (extra rows are dropped and count as more rows).
    ///   - hasMoreRows: whether the query had more than `numRowsRequested` rows (Spark fetches n + 1 to know).
    ///   - truncate: 0 for none; otherwise the maximum cell length (header names are never truncated).
    public static func format(
        columnNames: [String], rows: [[String]], hasMoreRows: Bool, numRowsRequested: Int,
        truncate: Int, vertical: Bool
    ) -> String {
        let numRows = max(0, numRowsRequested)
        let shown = rows.prefix(numRows)
        let moreRows = hasMoreRows || rows.count > numRows
        let header = columnNames.map(SparkTextWidth.escapeMetaCharacters)
        let cells = shown.map { row in
            row.map { SparkTextWidth.truncate(SparkTextWidth.escapeMetaCharacters($0), to: truncate) }
        }
        var text = vertical
            ? verticalLayout(header: header, rows: cells)
            : tableLayout(header: header, rows: cells, rightAligned: truncate > 0)
        if vertical && cells.isEmpty {
            text += "(0 rows)"
        } else if moreRows {
            text += "only showing top \(numRows) \(numRows == 1 ? "row" : "rows")"
        }
        return text
    }

    private static let minimumColumnWidth = 3

    private static func tableLayout(header: [String], rows: [[String]], rightAligned: Bool) -> String {
        var widths = Array(repeating: minimumColumnWidth, count: header.count)
        for row in [header] + rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], SparkTextWidth.halfWidth(cell))
            }
        }
        let separator = "+" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "+") + "+\n"
        func line(_ row: [String]) -> String {
            let padded = widths.indices.map { index -> String in
                let cell = index < row.count ? row[index] : ""
                let fill = String(repeating: " ", count: max(0, widths[index] - SparkTextWidth.halfWidth(cell)))
                return rightAligned ? fill + cell : cell + fill
            }
            return "|" + padded.joined(separator: "|") + "|\n"
        }
        return separator + line(header) + separator + rows.map(line).joined() + separator
    }

    private static func verticalLayout(header: [String], rows: [[String]]) -> String {
        let nameWidth = header.map(SparkTextWidth.halfWidth).reduce(minimumColumnWidth, max)
        let dataWidth = rows.flatMap { $0 }.map(SparkTextWidth.halfWidth).reduce(minimumColumnWidth, max)
        var text = ""
        for (number, row) in rows.enumerated() {
            let title = "-RECORD \(number)"
            text += title + String(repeating: "-", count: max(0, nameWidth + dataWidth + 5 - title.utf16.count)) + "\n"
            for (index, name) in header.enumerated() {
                let cell = index < row.count ? row[index] : ""
                text += " " + padRight(name, to: nameWidth) + " | " + padRight(cell, to: dataWidth) + " \n"
            }
        }
        return text
    }

    private static func padRight(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - SparkTextWidth.halfWidth(text)))
    }
}
