import Foundation

/// Reads Databricks "source" notebooks (File > Export > Source file):
/// ```
/// # Databricks notebook source
/// spark.range(3).show()
///
/// # COMMAND ----------
///
/// # DBTITLE 1,Totals
/// # MAGIC %sql
/// # MAGIC SELECT 1
/// ```
/// `%md` cells become markdown; other magics (`%sql`, `%sh`, `%run`, `%python`) stay code cells whose
/// source starts with the magic line, so `Cell.language` reports them.
///
/// A notebook whose language is SQL is exported with `--` comments (`-- Databricks notebook source`,
/// `-- COMMAND ----------`, `-- MAGIC %python`); its unmarked cells are SQL and read as `%sql` cells. `-- MAGIC`
/// lines are read in a Python notebook too.
public enum DatabricksSourceReader {
    public static let separator = "# COMMAND ----------"
    static let magicPrefix = "# MAGIC"
    static let titlePrefix = "# DBTITLE "
    /// The header of a SQL notebook's export.
    static let sqlHeader = "-- Databricks notebook source"

    public static func read(_ text: String, path: String? = nil) throws(NotebookFormatError) -> Notebook {
        var lines = TextLines.splitOnNewlines(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        if lines.last == "" { lines.removeLast() }
        let header = lines.first?.trimmingCharacters(in: .whitespaces)
        guard header == NotebookFormat.databricksHeader || header == sqlHeader else {
            throw NotebookFormatError(
                path: path, line: 1, column: 1,
                message: "a Databricks source notebook starts with \"\(NotebookFormat.databricksHeader)\"")
        }
        let isSQL = header == sqlHeader
        var cells: [Cell] = []
        var chunk: [(number: Int, text: String)] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == separator || trimmed == "-- COMMAND ----------" {
                if let cell = makeCell(chunk, isSQL: isSQL) { cells.append(cell) }
                chunk = []
            } else {
                chunk.append((offset + 1, line))
            }
        }
        if let cell = makeCell(chunk, isSQL: isSQL) { cells.append(cell) }
        var notebook = Notebook(cells: cells)
        notebook.ensureCellIDs()
        return notebook
    }

    /// One cell from the numbered lines between separators; `nil` for an empty chunk.
    private static func makeCell(_ numbered: [(number: Int, text: String)], isSQL: Bool) -> Cell? {
        var lines = numbered[...]
        while let first = lines.first, isBlank(first.text) { lines.removeFirst() }
        while let last = lines.last, isBlank(last.text) { lines.removeLast() }
        guard !lines.isEmpty else { return nil }

        var title: String? = nil
        if let first = lines.first, let spec = titleSpec(first.text) {  // "1,Title": a show flag, then the title
            title = spec.firstIndex(of: ",").map { String(spec[spec.index(after: $0)...]) } ?? String(spec)
            lines.removeFirst()
        }
        guard let firstLine = lines.first else { return nil }

        var cell: Cell
        if lines.allSatisfy({ unmagic($0.text) != nil }) {
            var body = lines.map { (number: $0.number, text: unmagic($0.text)!) }[...]
            let head = body.first!.text.trimmingCharacters(in: .whitespaces)
            if head == "%md" || head == "%md-sandbox" || head.hasPrefix("%md ") {
                let inline = head.hasPrefix("%md ") ? String(head.dropFirst(4)) : nil
                body.removeFirst()
                var text = body.map(\.text)
                if let inline { text.insert(inline, at: 0) }
                let line = inline != nil ? firstLine.number : (body.first?.number ?? firstLine.number + 1)
                cell = Cell(kind: .markdown, source: text.joined(separator: "\n"), sourceLine: line)
            } else {
                cell = Cell(kind: .code, source: body.map(\.text).joined(separator: "\n"), sourceLine: firstLine.number)
            }
        } else if isSQL {
            let source = (["%sql"] + lines.map(\.text)).joined(separator: "\n")
            cell = Cell(kind: .code, source: source, sourceLine: firstLine.number - 1)
        } else {
            cell = Cell(kind: .code, source: lines.map(\.text).joined(separator: "\n"), sourceLine: firstLine.number)
        }
        cell.title = title
        return cell
    }

    /// `# MAGIC text` (or `-- MAGIC text`) -> `text`; `# MAGIC` alone is a blank line; nil for another line.
    private static func unmagic(_ line: String) -> String? {
        guard let rest = [magicPrefix, "-- MAGIC"].lazy.compactMap({ line.hasPrefix($0) ? line.dropFirst($0.count) : nil }).first
        else { return nil }
        return String(rest.hasPrefix(" ") ? rest.dropFirst() : rest)
    }

    /// The `1,Title` of a `# DBTITLE 1,Title` (or `-- DBTITLE`) line.
    private static func titleSpec(_ line: String) -> Substring? {
        for prefix in [titlePrefix, "-- DBTITLE "] where line.hasPrefix(prefix) { return line.dropFirst(prefix.count) }
        return nil
    }

    private static func isBlank(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).isEmpty
    }
}
