import Foundation

/// Writes Databricks source notebooks that Databricks imports as the same cells.
///
/// Databricks has no raw cells and no notebook metadata: raw cells are written as `%md`, and only
/// cell titles survive from cell metadata.
public enum DatabricksSourceWriter {
    public static func write(_ notebook: Notebook) -> String {
        let chunks = notebook.cells.map(chunk(for:))
        return NotebookFormat.databricksHeader + "\n"
            + chunks.joined(separator: "\n\n" + DatabricksSourceReader.separator + "\n\n") + "\n"
    }

    static func chunk(for cell: Cell) -> String {
        var lines: [String] = []
        if let title = cell.title { lines.append(DatabricksSourceReader.titlePrefix + "1," + title) }
        let source = TextLines.splitOnNewlines(cell.source)
        switch cell.kind {
        case .markdown, .raw:
            lines += (["%md"] + (cell.source.isEmpty ? [] : source)).map(magic)
        case .code where cell.magic != nil:
            lines += source.map(magic)
        case .code:
            lines += source
        }
        return lines.joined(separator: "\n")
    }

    private static func magic(_ line: String) -> String {
        line.isEmpty ? DatabricksSourceReader.magicPrefix : DatabricksSourceReader.magicPrefix + " " + line
    }
}
