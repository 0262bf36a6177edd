import SparkbookEngine
import SparkbookInterpreter
import SparkbookSyntax

/// Python and `%sql` cells, the CSV, JSON, XML, Parquet and Delta sources, Spark's scalar functions and the plain-text
/// result renderer.
struct CorePlugin: SparkbookPlugin {
    var name: String { "core" }

    func register(into registry: PluginRegistry) {
        registry.register(cellKind: PythonCellKind())
        registry.register(cellKind: SQLCellKind())
        registry.register(dataSource: CSVDataSource())
        registry.register(dataSource: JSONDataSource())
        registry.register(dataSource: XMLDataSource())
        registry.register(dataSource: ParquetDataSource())
        registry.register(dataSource: DeltaDataSource())
        registry.register(functions: FunctionRegistry.builtIn, as: "spark-builtins")
        registry.register(renderer: ReprRenderer())
    }
}
