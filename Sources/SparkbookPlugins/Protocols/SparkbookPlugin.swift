/// A bundle of capabilities added to Sparkbook: cell kinds and magics, data sources, functions, result
/// renderers, cluster profiles. Built-ins are plugins too and register exactly as an outside one does.
public protocol SparkbookPlugin: Sendable {
    /// A short name shown in `sparkbook plugins` and in errors the plugin causes.
    var name: String { get }
    /// Where the plugin comes from, for `sparkbook plugins list`: `built-in` unless it says otherwise.
    var origin: String { get }
    func register(into registry: PluginRegistry)
}

extension SparkbookPlugin {
    public var origin: String { "built-in" }
}
