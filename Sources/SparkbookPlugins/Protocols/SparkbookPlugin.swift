/// A bundle of capabilities added to Sparkbook: cell kinds, data sources, result renderers.
/// Built-ins are plugins too and register exactly as an outside one does.
public protocol SparkbookPlugin: Sendable {
    /// A short name shown in `sparkbook plugins` and in errors the plugin causes.
    var name: String { get }
    func register(into registry: PluginRegistry)
}
