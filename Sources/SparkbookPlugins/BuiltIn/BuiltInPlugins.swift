import SparkbookEngine
import SparkbookInterpreter
import SparkbookSyntax

/// The plugins every registry starts with.
public enum BuiltInPlugins {
    public static let all: [any SparkbookPlugin] = [CorePlugin()]
}

/// Python cells, the CSV source and the plain-text result renderer.
struct CorePlugin: SparkbookPlugin {
    var name: String { "core" }

    func register(into registry: PluginRegistry) {
        registry.register(cellKind: PythonCellKind())
        registry.register(dataSource: CSVDataSource())
        registry.register(renderer: ReprRenderer())
    }
}

/// Cells in the PySpark DSL.
struct PythonCellKind: CellKind {
    var language: String { "python" }

    func execute(_ cell: CellSource, in interpreter: Interpreter) async throws -> PyValue? {
        try await interpreter.run(source: cell.text, path: cell.path, cell: cell.cellNumber, firstLine: cell.firstLine)
    }
}

/// A result shown as Python's `repr`, as Jupyter shows `Out[n]`.
struct ReprRenderer: ResultRenderer {
    func render(_ value: PyValue) -> RichOutput? { RichOutput(plain: value.repr) }
}
