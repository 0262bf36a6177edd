import SparkbookPlugins

/// Registers the `text` data source (`spark.read.text`, `spark.read.format("text")`).
public struct TextSourcePlugin: SparkbookPlugin {
    public init() {}
    public var name: String { "text-source" }

    public func register(into registry: PluginRegistry) {
        registry.register(dataSource: TextDataSource())
    }
}
