/// The text of one cell or script, with where it came from.
///
/// The UTF-8 bytes and the `LineTable` are computed once here so the lexer and the
/// diagnostic renderer share them instead of re-encoding the string.
public struct SourceFile: Sendable {
    /// Path shown in diagnostics, e.g. `notebooks/x.ipynb`.
    public let path: String
    /// 1-based cell number inside a notebook, or `nil` for a plain script or REPL line.
    public let cell: Int?
    public let text: String
    /// File line of the text's first line, so a cell cut from a `.py` notebook reports
    /// lines of the whole file. Defaults to 1.
    public let firstLine: Int
    /// The text as UTF-8 bytes; the lexer works on these.
    public let utf8: [UInt8]
    public let lineTable: LineTable

    public init(path: String, cell: Int? = nil, text: String, firstLine: Int = 1) {
        self.path = path
        self.cell = cell
        self.text = text
        self.firstLine = firstLine
        self.utf8 = Array(text.utf8)
        self.lineTable = LineTable(utf8: utf8)
    }

    /// Line (shifted by `firstLine`) and character column of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let (index, column) = lineTable.position(of: offset, in: utf8)
        return SourceLocation(line: index + firstLine, column: column)
    }

    /// The text of the file line `line` (as reported by `location(of:)`), without its terminator.
    public func lineText(_ line: Int) -> String {
        let index = line - firstLine
        guard index >= 0, index < lineTable.lineCount else { return "" }
        return String(decoding: utf8[lineTable.byteRange(ofLine: index, in: utf8)], as: UTF8.self)
    }

    /// The source text covered by `span`.
    public func text(of span: SourceSpan) -> String {
        let start = max(0, min(span.start, utf8.count))
        let end = max(start, min(span.end, utf8.count))
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
