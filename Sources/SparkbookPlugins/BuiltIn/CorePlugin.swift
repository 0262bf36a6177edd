import SparkbookEngine
import SparkbookInterpreter
import SparkbookSyntax

/// Python and `%sql` cells, the CSV, Parquet and Delta sources and the plain-text result renderer.
struct CorePlugin: SparkbookPlugin {
    var name: String { "core" }

    func register(into registry: PluginRegistry) {
        registry.register(cellKind: PythonCellKind())
        registry.register(cellKind: SQLCellKind())
        registry.register(dataSource: CSVDataSource())
        registry.register(dataSource: ParquetDataSource())
        registry.register(dataSource: DeltaDataSource())
        registry.register(renderer: ReprRenderer())
    }
}
