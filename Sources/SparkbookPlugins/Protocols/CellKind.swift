import SparkbookInterpreter

/// A kind of notebook cell that can be executed: the Python DSL, `%sql`, ... (markdown is shown, not run).
public protocol CellKind: Sendable {
    /// The cell language this kind runs (`python`, `sql`); nil language means Python.
    var language: String { get }
    /// Runs a cell's source in the interpreter's session; returns the value to show as the cell's result.
    func execute(_ cell: CellSource, in interpreter: Interpreter) async throws -> PyValue?
}

/// The text of one cell and where it comes from, so errors can point at `file:cell:line:col`.
public struct CellSource: Sendable {
    public var text: String
    public var path: String
    /// The 1-based position of the cell among the notebook's cells.
    public var cellNumber: Int?
    /// The file line of the cell's first line (for `.py` notebooks), else 1.
    public var firstLine: Int
    /// The rest of a magic's line (`%%sql --limit 5` gives `--limit 5`); empty for other cells.
    public var magicArguments: String

    public init(text: String, path: String, cellNumber: Int?, firstLine: Int = 1, magicArguments: String = "") {
        self.text = text
        self.magicArguments = magicArguments
        self.path = path
        self.cellNumber = cellNumber
        self.firstLine = firstLine
    }
}
