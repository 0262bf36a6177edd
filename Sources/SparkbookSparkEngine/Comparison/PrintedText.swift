import Foundation

/// A cell's printed text cut into what `show()` and `display()` draw as tables and the lines around them, so
/// two engines' outputs can be compared as Spark defines them: a table's rows in order only where the query
/// orders them, numbers to the precision both print.
public struct PrintedText: Equatable, Sendable {
    public enum Part: Equatable, Sendable {
        /// A line that is not part of a table.
        case line(String)
        case table(PrintedTable)
    }

    public var parts: [Part]

    public init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var parts: [Part] = []
        var index = 0
        while index < lines.count {
            if let found = PrintedTable.parse(lines, at: index) {
                parts.append(.table(found.table))
                index = found.next
            } else {
                parts.append(.line(lines[index]))
                index += 1
            }
        }
        while parts.last == .line("") { parts.removeLast() }
        self.parts = parts
    }

    public var tables: [PrintedTable] {
        parts.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    /// A number as both engines' texts of the same double agree on: twelve significant digits (Python's and
    /// Java's shortest round-trip texts differ only past that, as do sums added in another order); integers and
    /// other text stay as they are.
    public static func canonicalNumbers(_ text: String) -> String {
        guard text.contains(".") || text.contains("E") || text.contains("e") else { return text }
        var result = ""
        var token = ""
        func flush() {
            if token.contains(where: { $0 == "." || $0 == "E" || $0 == "e" }), token.first?.isNumber == true,
               token.last?.isNumber == true, let value = Double(token) {
                let digits = String(format: "%.12g", value)
                // Still a double's text: `1.0` must not read as the integer `1`.
                result += digits.contains(where: { $0 == "." || $0 == "e" }) ? digits : digits + ".0"
            } else {
                result += token
            }
            token = ""
        }
        for character in text {
            if character.isNumber || character == "." || ((character == "E" || character == "e") && !token.isEmpty)
                || (character == "-" && (token.last == "E" || token.last == "e")) {
                token.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}

/// One table as `show()` or `display()` prints it: `+---+` rules around a header and rows of `|`-separated cells,
/// then Spark's `only showing top N rows` or display()'s row count when there is one.
public struct PrintedTable: Equatable, Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// The line after the closing rule that says the table was cut (`only showing top 20 rows`), if any.
    public var truncation: String?

    /// Reads a table starting at `lines[start]`; the table and the index of the line after it, or nil.
    static func parse(_ lines: [String], at start: Int) -> (table: PrintedTable, next: Int)? {
        guard isRule(lines[start]), start + 2 < lines.count, lines[start + 1].hasPrefix("|"),
              isRule(lines[start + 2]) else { return nil }
        let header = cells(lines[start + 1])
        var rows: [[String]] = []
        var index = start + 3
        while index < lines.count, lines[index].hasPrefix("|") {
            rows.append(cells(lines[index]))
            index += 1
        }
        guard index < lines.count, isRule(lines[index]) else { return nil }
        index += 1
        var truncation: String?
        if index < lines.count, lines[index].hasPrefix("only showing top ") || lines[index].hasPrefix("Showing the first ") {
            truncation = lines[index]
            index += 1
        }
        return (PrintedTable(header: header, rows: rows, truncation: truncation), index)
    }

    static func isRule(_ line: String) -> Bool {
        line.count > 2 && line.first == "+" && line.last == "+" && line.allSatisfy { $0 == "+" || $0 == "-" }
    }

    static func cells(_ line: String) -> [String] {
        var parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts.map(PrintedText.canonicalNumbers)
    }

    /// The same table as Spark would allow another engine to print it: equal rows in order when `ordered`, as a
    /// multiset of rows otherwise; a cut table whose order is not defined may show other rows, so only its header
    /// and size must agree.
    public func agrees(with other: PrintedTable, ordered: Bool) -> Bool {
        guard header == other.header, rows.count == other.rows.count, truncation == other.truncation else { return false }
        if ordered { return rows == other.rows }
        if truncation != nil { return true }
        let key = { (row: [String]) in row.joined(separator: "\u{1F}") }
        return rows.map(key).sorted() == other.rows.map(key).sorted()
    }
}
