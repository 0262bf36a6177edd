import Foundation

/// Writes jupytext percent scripts that jupytext reads back to the same cells.
public enum PercentScriptWriter {
    /// Cell metadata that describes a run or an editor's view, not the cell; jupytext leaves it out too.
    public static let omittedCellMetadata: Set<String> = [
        "title", "ExecuteTime", "execution", "papermill", "collapsed", "scrolled", "autoscroll", "trusted",
        "jupyter", "editable", "deletable",
    ]

    /// Notebook metadata worth keeping in the YAML header.
    public static let headerMetadata: [String] = ["jupytext", "kernelspec"]

    public static func write(_ notebook: Notebook) -> String {
        var lines: [String] = []
        var header = JSONObject()
        for key in headerMetadata {
            if let value = notebook.metadata[key] { header[key] = value }
        }
        if !header.isEmpty {
            lines += JupytextHeader.render(["jupyter": .object(header)])
            lines.append("")
        }
        for (index, cell) in notebook.cells.enumerated() {
            if index > 0 { lines.append("") }
            var marker = marker(for: cell)
            if cell.source.isEmpty {
                lines.append(marker.line)
                continue
            }
            let sourceLines = TextLines.splitOnNewlines(cell.source)
            switch cell.kind {
            case .code:
                let written = PercentCellLanguage.written(cell, options: &marker.options)
                lines.append(marker.line)
                lines += written
            case .markdown, .raw:
                lines.append(marker.line)
                lines += sourceLines.map { $0.isEmpty ? "#" : "# " + $0 }
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    static func marker(for cell: Cell) -> PercentCellMarker {
        var options = JSONObject()
        for entry in cell.metadata.entries where !omittedCellMetadata.contains(entry.key) {
            options[entry.key] = entry.value
        }
        return PercentCellMarker(kind: cell.kind, title: cell.title, options: options)
    }
}
