import SparkbookDataFrame
import SparkbookEngine
import SparkbookInterpreter
import Synchronization

/// The one registry of everything pluggable. A run builds one, registers the built-ins and any plugins, and
/// hands it to the notebook runner, the REPL and the sessions they create.
public final class PluginRegistry: Sendable {
    public let dataSources = DataSourceRegistry()
    private let cellKinds = Mutex<[String: any CellKind]>([:])
    private let renderers = Mutex<[any ResultRenderer]>([])
    private let pluginNames = Mutex<[String]>([])

    public init() {}

    /// A registry holding the built-in plugins.
    public static func standard() -> PluginRegistry {
        let registry = PluginRegistry()
        for plugin in BuiltInPlugins.all { registry.install(plugin) }
        return registry
    }

    public func install(_ plugin: any SparkbookPlugin) {
        plugin.register(into: self)
        pluginNames.withLock { $0.append(plugin.name) }
    }

    public var installedPlugins: [String] { pluginNames.withLock { $0 } }

    public func register(cellKind: any CellKind) {
        cellKinds.withLock { $0[cellKind.language.lowercased()] = cellKind }
    }

    public func register(dataSource: any DataSource) {
        dataSources.register(dataSource)
    }

    public func register(renderer: any ResultRenderer) {
        renderers.withLock { $0.insert(renderer, at: 0) }
    }

    /// The cell kind for a language (`nil` is Python).
    public func cellKind(for language: String?) -> (any CellKind)? {
        cellKinds.withLock { $0[(language ?? "python").lowercased()] }
    }

    public var cellLanguages: [String] { cellKinds.withLock { $0.keys.sorted() } }

    public func render(_ value: PyValue) -> RichOutput {
        for renderer in renderers.withLock({ $0 }) {
            if let output = renderer.render(value) { return output }
        }
        return RichOutput(plain: value.repr)
    }
}
