import SparkbookDataFrame
import SparkbookEngine
import SparkbookInterpreter
import Synchronization

/// The one registry of everything pluggable: cell kinds and magics, data sources, scalar functions, result
/// renderers and cluster profiles. A run builds one, registers the built-ins and any plugins (built-ins through
/// the same calls an outside plugin makes), and hands it to the notebook runner, the REPL and the sessions they
/// create. What each plugin registered is kept, for `sparkbook plugins list`.
public final class PluginRegistry: Sendable {
    public let dataSources = DataSourceRegistry()
    private let cellKinds = Mutex<[String: any CellKind]>([:])
    private let magics = Mutex<[String: any CellMagic]>([:])
    private let renderers = Mutex<[any ResultRenderer]>([])
    private let displayKinds = Mutex<[String: any DisplayRenderer]>([:])
    private let functionTable = Mutex(FunctionRegistry())
    private let profiles = Mutex<[String: ClusterProfile]>([:])
    private let plugins = Mutex<[InstalledPlugin]>([])
    private let connections = Mutex<[PluginConnection]>([])
    private let udfRunner = Mutex<(any PythonUDFRunner)?>(nil)
    /// What the plugin being installed has registered so far.
    private let registering = Mutex<[Capability]>([])

    public init() {}

    /// A registry holding the built-in plugins.
    public static func standard() -> PluginRegistry {
        let registry = PluginRegistry()
        for plugin in BuiltInPlugins.all { registry.install(plugin) }
        return registry
    }

    /// Registers a plugin's capabilities and records them under its name.
    public func install(_ plugin: any SparkbookPlugin) {
        registering.withLock { $0.removeAll() }
        plugin.register(into: self)
        let provided = registering.withLock { r in defer { r.removeAll() }; return r }
        plugins.withLock { $0.append(InstalledPlugin(name: plugin.name, origin: plugin.origin, provides: provided)) }
    }

    public var installedPlugins: [String] { plugins.withLock { $0.map(\.name) } }
    public var installed: [InstalledPlugin] { plugins.withLock { $0 } }

    private func note(_ capability: Capability) {
        registering.withLock { $0.append(capability) }
    }

    public func register(cellKind: any CellKind) {
        cellKinds.withLock { $0[cellKind.language.lowercased()] = cellKind }
        note(Capability(kind: .cellKind, name: cellKind.language.lowercased()))
    }

    public func register(magic: any CellMagic) {
        magics.withLock { $0[magic.name.lowercased()] = magic }
        note(Capability(kind: .magic, name: magic.name.lowercased()))
    }

    public func register(dataSource: any DataSource) {
        dataSources.register(dataSource)
        note(Capability(kind: .dataSource, name: dataSource.shortName.lowercased()))
    }

    public func register(function: any ScalarFunction) {
        functionTable.withLock { $0.register(function) }
        note(Capability(kind: .function, name: function.name.lowercased()))
    }

    /// Registers every function of `functions` (the built-ins register this way); noted as one capability.
    public func register(functions: FunctionRegistry, as name: String) {
        functionTable.withLock { table in for f in functions.all { table.register(f) } }
        note(Capability(kind: .function, name: name))
    }

    public func register(renderer: any ResultRenderer) {
        renderers.withLock { $0.insert(renderer, at: 0) }
        note(Capability(kind: .renderer, name: renderer.mimeType))
    }

    /// What draws `display(df, kind=...)` for each of its kinds; a kind registered again is the later plugin's.
    public func register(displayRenderer: any DisplayRenderer) {
        displayKinds.withLock { for kind in displayRenderer.kinds { $0[kind.lowercased()] = displayRenderer } }
        for kind in displayRenderer.kinds { note(Capability(kind: .renderer, name: "display kind=\(kind.lowercased())")) }
    }

    /// The display renderers by kind, for the interpreter's `display()`.
    public var displayRenderers: [String: any DisplayRenderer] { displayKinds.withLock { $0 } }

    /// What runs Python UDFs (the Python worker plugin); the first registered is kept.
    public func register(pythonUDFRunner: any PythonUDFRunner) {
        udfRunner.withLock { if $0 == nil { $0 = pythonUDFRunner } }
        note(Capability(kind: .pythonUDFs, name: "python"))
    }

    public var pythonUDFRunner: (any PythonUDFRunner)? { udfRunner.withLock { $0 } }

    public func register(clusterProfile: ClusterProfile) {
        profiles.withLock { $0[clusterProfile.name] = clusterProfile }
        note(Capability(kind: .clusterProfile, name: clusterProfile.name))
    }

    /// Keeps an outside plugin's connection, so the end of a run stops its process.
    func noteConnection(_ connection: PluginConnection) {
        connections.withLock { $0.append(connection) }
    }

    /// The connection of the outside plugin `name`.
    public func connection(named name: String) -> PluginConnection? {
        connections.withLock { $0.first { $0.manifest.name == name } }
    }

    /// Stops every outside plugin's process (the end of a run or a REPL).
    public func shutdownPlugins() {
        for connection in connections.withLock({ $0 }) { connection.shutdown() }
    }

    /// The scalar functions a session starts with: the built-ins and every plugin's.
    public var functions: FunctionRegistry { functionTable.withLock { $0 } }

    public func clusterProfile(named name: String) -> ClusterProfile? { profiles.withLock { $0[name] } }
    public var clusterProfileNames: [String] { profiles.withLock { $0.keys.sorted() } }

    /// The cell kind for a language (`nil` is Python), else the magic of that name run as a cell kind.
    public func cellKind(for language: String?) -> (any CellKind)? {
        let name = (language ?? "python").lowercased()
        if let kind = cellKinds.withLock({ $0[name] }) { return kind }
        return magics.withLock { $0[name] }.map { MagicCellKind(magic: $0) }
    }

    public var cellLanguages: [String] { (cellKinds.withLock { Array($0.keys) } + magics.withLock { Array($0.keys) }).sorted() }

    public func render(_ value: PyValue) -> RichOutput {
        for renderer in renderers.withLock({ $0 }) {
            if let output = renderer.render(value) { return output }
        }
        return RichOutput(plain: value.repr)
    }
}
