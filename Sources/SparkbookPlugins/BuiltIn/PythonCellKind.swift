import SparkbookEngine
import SparkbookInterpreter
import SparkbookSyntax

/// Cells in the PySpark DSL.
struct PythonCellKind: CellKind {
    var language: String { "python" }

    func execute(_ cell: CellSource, in interpreter: Interpreter) async throws -> PyValue? {
        try await interpreter.run(source: cell.text, path: cell.path, cell: cell.cellNumber, firstLine: cell.firstLine)
    }
}
