import Foundation

/// A GFM table: a header row, a delimiter row (`|---|:--:|`) that sets each column's alignment, then body rows.
/// Leading and trailing pipes are optional on every row (`High shuffle load | Executors scale up |` is a row), as in
/// GitHub and Jupyter; rows with fewer cells are padded, extra cells are dropped.
struct MarkdownTable: Equatable {
    enum Alignment: Equatable { case none, left, center, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]]

    /// The table whose header is `headerLine` and delimiter row `delimiterLine`, when they form one.
    init?(headerLine: String, delimiterLine: String) {
        guard headerLine.contains("|") || delimiterLine.contains("|") else { return nil }
        let delimiters = Self.cells(delimiterLine)
        guard !delimiters.isEmpty, delimiters.allSatisfy(Self.isDelimiterCell) else { return nil }
        let header = Self.cells(headerLine)
        guard header.count == delimiters.count else { return nil }
        self.header = header
        alignments = delimiters.map { cell in
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): .center
            case (true, false): .left
            case (false, true): .right
            case (false, false): .none
            }
        }
        rows = []
    }

    /// Adds a body row, fitted to the header's width.
    mutating func append(rowLine: String) {
        var cells = Array(Self.cells(rowLine).prefix(header.count))
        while cells.count < header.count { cells.append("") }
        rows.append(cells)
    }

    /// The cells of one row: outer pipes dropped, split at pipes not escaped with a backslash, trimmed.
    static func cells(_ line: String) -> [String] {
        var text = Substring(line.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for c in text {
            if c == "|" && !escaped {
                cells.append(current)
                current = ""
            } else if c == "|" {
                current.removeLast()  // `\|` is a literal pipe in a cell
                current.append(c)
            } else {
                current.append(c)
            }
            escaped = c == "\\" && !escaped
        }
        cells.append(current)
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func isDelimiterCell(_ cell: String) -> Bool {
        var body = Substring(cell)
        if body.hasPrefix(":") { body = body.dropFirst() }
        if body.hasSuffix(":") { body = body.dropLast() }
        return !body.isEmpty && body.allSatisfy { $0 == "-" }
    }
}
