import SparkbookEngine
import SparkbookInterpreter
import SparkbookSyntax

/// Python cells, the CSV source and the plain-text result renderer.
struct CorePlugin: SparkbookPlugin {
    var name: String { "core" }

    func register(into registry: PluginRegistry) {
        registry.register(cellKind: PythonCellKind())
        registry.register(dataSource: CSVDataSource())
        registry.register(renderer: ReprRenderer())
    }
}
