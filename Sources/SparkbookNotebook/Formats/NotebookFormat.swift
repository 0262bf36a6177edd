import Foundation

/// The notebook file formats Sparkbook reads and writes.
public enum NotebookFormat: String, Sendable, CaseIterable {
    /// Jupyter `.ipynb` JSON (nbformat 4).
    case ipynb
    /// jupytext "percent" script: cells start at `# %%`.
    case percentPython
    /// Databricks source export: `# Databricks notebook source`, cells split by `# COMMAND ----------` (a SQL
    /// notebook's export, with `--` comments, is read too).
    case databricksPython

    /// The first line of every Databricks source notebook.
    public static let databricksHeader = "# Databricks notebook source"

    /// Picks the format from the file name and, for `.py` files or unknown extensions, from the content.
    /// Returns `nil` when neither says what the file is.
    public static func detect(path: String, content: String? = nil) -> NotebookFormat? {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "ipynb": return .ipynb
        case "py": return content.map(detect(content:)) ?? .percentPython
        default: return content.flatMap { detectStrictly(content: $0) }
        }
    }

    /// The format of `.py`-like text: Databricks when its first line says so, else percent.
    public static func detect(content: String) -> NotebookFormat {
        detectStrictly(content: content) ?? .percentPython
    }

    private static func detectStrictly(content: String) -> NotebookFormat? {
        let text = content.hasPrefix("\u{FEFF}") ? String(content.dropFirst()) : content
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }.trimmingCharacters(in: .whitespaces)
        if firstLine == databricksHeader || firstLine == DatabricksSourceReader.sqlHeader { return .databricksPython }
        if text.drop(while: { $0.isWhitespace }).hasPrefix("{") { return .ipynb }
        let isPercent = TextLines.splitOnNewlines(text).contains { PercentCellMarker.isMarker($0) }
        return isPercent ? .percentPython : nil
    }

    /// The usual file extension.
    public var fileExtension: String {
        self == .ipynb ? "ipynb" : "py"
    }

    /// Parses `text` in this format; `path` only labels errors.
    public func read(_ text: String, path: String? = nil) throws(NotebookFormatError) -> Notebook {
        switch self {
        case .ipynb: try IpynbReader.read(Data(text.utf8), path: path)
        case .percentPython: PercentScriptReader.read(text, path: path)
        case .databricksPython: try DatabricksSourceReader.read(text, path: path)
        }
    }

    /// Parses file bytes in this format (must be UTF-8).
    public func read(_ data: Data, path: String? = nil) throws(NotebookFormatError) -> Notebook {
        if self == .ipynb { return try IpynbReader.read(data, path: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NotebookFormatError(path: path, line: 1, message: "file is not valid UTF-8")
        }
        return try read(text, path: path)
    }

    /// Serialises `notebook` in this format.
    public func write(_ notebook: Notebook) -> String {
        switch self {
        case .ipynb: IpynbWriter.write(notebook)
        case .percentPython: PercentScriptWriter.write(notebook)
        case .databricksPython: DatabricksSourceWriter.write(notebook)
        }
    }
}
