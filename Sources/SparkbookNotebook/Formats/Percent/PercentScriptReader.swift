import Foundation

/// Reads jupytext percent scripts: an optional `# ---` YAML header, then cells opened by `# %%` markers.
///
/// Markdown and raw cells are commented (`# text`, `#` for a blank line); code cells have their magics
/// uncommented; trailing blank lines of a cell are the separator, not content. Text before the first
/// marker becomes a code cell, as jupytext does.
public enum PercentScriptReader {
    public static func read(_ text: String, path: String? = nil) -> Notebook {
        var lines = TextLines.splitOnNewlines(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        if lines.last == "" { lines.removeLast() }
        var notebook = Notebook()
        var cells: [Cell] = []
        var index = 0

        if let header = readHeader(lines) {
            if let metadata = header.metadata {
                notebook.metadata = metadata
            } else {
                cells.append(Cell(kind: .raw, source: header.rawText, sourceLine: 1))
            }
            index = header.endIndex
        }

        var marker: PercentCellMarker? = nil
        var markerLine = index  // 0-based line of the current marker (or of the unmarked start)
        var body: [String] = []
        func flush() {
            let cell = makeCell(marker: marker, body: body, firstLine: marker == nil ? markerLine + 1 : markerLine + 2)
            if let cell { cells.append(cell) }
        }
        while index < lines.count {
            let line = lines[index]
            if let next = PercentCellMarker(parsing: line) {
                flush()
                marker = next
                markerLine = index
                body = []
            } else {
                body.append(line)
            }
            index += 1
        }
        flush()
        notebook.cells = cells
        notebook.ensureCellIDs()
        return notebook
    }

    /// Builds a cell from a marker and its lines; `firstLine` is the 1-based file line of `body[0]`.
    private static func makeCell(marker: PercentCellMarker?, body: [String], firstLine: Int) -> Cell? {
        var body = body
        while let last = body.last, last.trimmingCharacters(in: .whitespaces).isEmpty { body.removeLast() }
        var firstLine = firstLine
        if marker == nil {
            // Text before the first marker: only a cell if it holds something.
            while let first = body.first, first.trimmingCharacters(in: .whitespaces).isEmpty {
                body.removeFirst()
                firstLine += 1
            }
            if body.isEmpty { return nil }
        }
        let marker = marker ?? PercentCellMarker()
        var metadata = marker.options
        let source: [String]
        switch marker.kind {
        case .code: source = PercentCellLanguage.source(lines: body, options: &metadata)
        case .markdown, .raw: source = body.map(uncomment)
        }
        if let title = marker.title { metadata["title"] = .string(title) }
        return Cell(kind: marker.kind, source: source.joined(separator: "\n"), metadata: metadata, sourceLine: firstLine)
    }

    /// `# text` -> `text`, `#` -> an empty line: markdown and raw cells, and the lines of a language cell.
    static func uncomment(_ line: String) -> String {
        if line.hasPrefix("# ") { return String(line.dropFirst(2)) }
        if line.hasPrefix("#") { return String(line.dropFirst()) }
        return line
    }

    private struct Header {
        var metadata: JSONObject?
        var rawText: String
        var endIndex: Int
    }

    /// The `# ---` ... `# ---` block at the top, if any. Its `jupyter:` mapping becomes notebook
    /// metadata; a header that is not jupytext's (or not understood) is kept as a raw cell.
    private static func readHeader(_ lines: [String]) -> Header? {
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "# ---" else { return nil }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "# ---" })
        else { return nil }
        let inner = Array(lines[1..<close])
        var end = close + 1
        while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces).isEmpty { end += 1 }
        let raw = lines[0...close].map { $0 == "#" ? "" : ($0.hasPrefix("# ") ? String($0.dropFirst(2)) : $0) }
        var metadata: JSONObject? = nil
        if let yaml = JupytextHeader.parse(inner), yaml.keys == ["jupyter"], let jupyter = yaml["jupyter"]?.objectValue {
            metadata = jupyter
        }
        return Header(metadata: metadata, rawText: raw.joined(separator: "\n"), endIndex: end)
    }
}
