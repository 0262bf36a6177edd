import Foundation

/// One notebook cell. The same model serves `.ipynb`, jupytext percent and Databricks source files.
public struct Cell: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case code, markdown, raw
    }

    /// nbformat 4.5 id; readers repair missing or invalid ids (see `CellID`).
    public var id: String
    public var kind: Kind
    /// The cell text, magics included (`%sql\nSELECT 1`); see `magic` and `language`.
    public var source: String
    /// Cell metadata, members in file order; unknown members are kept.
    public var metadata: JSONObject
    /// `execution_count` of a code cell (`nil` until run).
    public var executionCount: Int?
    /// Outputs of a code cell.
    public var outputs: [CellOutput]
    /// `attachments` of a markdown or raw cell, kept verbatim.
    public var attachments: JSONValue?
    /// 1-based line in the file where this cell's source starts; set by readers so runtime errors
    /// in `.py` notebooks can name a file line. Not saved, and ignored by `==`.
    public var sourceLine: Int?

    public init(
        id: String = "", kind: Kind, source: String, metadata: JSONObject = [:], executionCount: Int? = nil,
        outputs: [CellOutput] = [], attachments: JSONValue? = nil, sourceLine: Int? = nil
    ) {
        self.id = id
        self.kind = kind
        self.source = source
        self.metadata = metadata
        self.executionCount = executionCount
        self.outputs = outputs
        self.attachments = attachments
        self.sourceLine = sourceLine
    }

    public static func code(_ source: String, id: String = "", tags: [String] = []) -> Cell {
        var cell = Cell(id: id, kind: .code, source: source)
        cell.tags = tags
        return cell
    }

    public static func markdown(_ source: String, id: String = "") -> Cell {
        Cell(id: id, kind: .markdown, source: source)
    }

    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.source == rhs.source && lhs.metadata == rhs.metadata
            && lhs.executionCount == rhs.executionCount && lhs.outputs == rhs.outputs
            && lhs.attachments == rhs.attachments
    }

    // MARK: Tags and title live in metadata, where Jupyter, papermill and jupytext look for them.

    /// `metadata.tags`; assigning an empty list removes the member.
    public var tags: [String] {
        get { metadata["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        set { metadata["tags"] = newValue.isEmpty ? nil : .array(newValue.map { .string($0) }) }
    }

    public func hasTag(_ tag: String) -> Bool { tags.contains(tag) }

    public mutating func addTag(_ tag: String) {
        if !hasTag(tag) { tags.append(tag) }
    }

    public mutating func removeTag(_ tag: String) {
        tags.removeAll { $0 == tag }
    }

    /// Cell title: jupytext's `# %% Title` and Databricks' `# DBTITLE 1,Title`, stored as `metadata.title`.
    public var title: String? {
        get { metadata["title"]?.stringValue }
        set { metadata["title"] = newValue.map { .string($0) } }
    }

    // MARK: Other languages

    /// The language magic that opens a code cell (`%sql`, `%sh`, `%run`, `%python`, `%%bash`...), if any.
    public var magic: CellMagic? {
        kind == .code ? CellMagic(parsing: source) : nil
    }

    /// The language of a non-Python code cell (`"sql"`, `"sh"`, `"run"`, `"scala"`...); `nil` for Python.
    public var language: String? {
        guard let magic, magic.name != "python" else { return nil }
        return magic.name
    }

    /// The text to hand to the language's interpreter: the source without its language magic line (a line
    /// magic's argument kept: `%sql SELECT 1`).
    public var executableSource: String {
        magic?.code ?? source
    }
}
