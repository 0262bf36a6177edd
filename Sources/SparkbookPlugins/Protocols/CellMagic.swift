import SparkbookInterpreter

/// A cell magic, as IPython has them: a cell whose first line is `%%name arguments` (or `%name arguments`) is run
/// by the magic registered as `name`, with the rest of that line as `arguments` and the cell's other lines as its
/// text. A magic is looked up after the cell kinds, so `%%sql` goes to a `sql` cell kind when one is installed.
public protocol CellMagic: Sendable {
    /// The name after `%` or `%%`, lower case.
    var name: String { get }
    /// Runs the cell's body; returns the value to show as the cell's result.
    func execute(_ cell: CellSource, arguments: String, in interpreter: Interpreter) async throws -> PyValue?
}

/// A magic seen as a cell kind, so the runner and the REPL run it as they run any cell.
struct MagicCellKind: CellKind {
    let magic: any CellMagic
    var language: String { magic.name }

    func execute(_ cell: CellSource, in interpreter: Interpreter) async throws -> PyValue? {
        try await magic.execute(cell, arguments: cell.magicArguments, in: interpreter)
    }
}
