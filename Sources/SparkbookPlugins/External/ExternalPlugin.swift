import Foundation
import SparkbookEngine

/// An outside plugin: a folder with a `plugin.json`, registered from its manifest alone (its functions, data
/// sources and magics), its process started on first use through one `PluginConnection`.
public struct ExternalPlugin: SparkbookPlugin {
    public let manifest: PluginManifest
    public let folder: URL
    public let connection: PluginConnection
    /// The declared functions, in the manifest's order.
    let functions: [PluginScalarFunction]
    /// The declared aggregates, in the manifest's order.
    let aggregates: [PluginAggregateFunction]

    /// Reads the folder's manifest and parses the types its functions declare.
    public init(folder: URL) throws {
        let manifest = try PluginManifest.load(folder: folder)
        let connection = PluginConnection(manifest: manifest, folder: folder)
        self.manifest = manifest
        self.folder = folder
        self.connection = connection
        let path = folder.appendingPathComponent(PluginManifest.fileName).path
        func types(_ declaration: PluginManifest.FunctionDeclaration) throws -> (arguments: [DataType], result: DataType) {
            func type(_ text: String) throws -> DataType {
                do { return try DDLSchemaParser.parseType(text) } catch {
                    throw PluginError.invalidManifest(path: path, why: "function \(declaration.name): \(error)")
                }
            }
            return (try declaration.arguments.map(type), try type(declaration.returns))
        }
        functions = try (manifest.provides.functions ?? []).map { declaration in
            let (arguments, result) = try types(declaration)
            return PluginScalarFunction(name: declaration.name.lowercased(), argumentTypes: arguments,
                                        resultType: result, connection: connection)
        }
        aggregates = try (manifest.provides.aggregates ?? []).map { declaration in
            let (arguments, result) = try types(declaration)
            return PluginAggregateFunction(name: declaration.name.lowercased(), valueType: arguments[0],
                                           resultType: result, connection: connection)
        }
    }

    public var name: String { manifest.name }
    public var origin: String { folder.path }

    public func register(into registry: PluginRegistry) {
        for function in functions { registry.register(function: function) }
        for aggregate in aggregates { registry.register(function: aggregate) }
        for source in manifest.provides.dataSources ?? [] {
            registry.register(dataSource: PluginDataSource(shortName: source.lowercased(), connection: connection))
        }
        for magic in manifest.provides.magics ?? [] {
            registry.register(magic: PluginMagic(name: magic.lowercased(), connection: connection))
        }
        if let kinds = manifest.provides.displayKinds, !kinds.isEmpty {
            registry.register(displayRenderer: PluginDisplayRenderer(kinds: kinds.map { $0.lowercased() }, connection: connection))
        }
        if manifest.provides.pythonUDFs == true { registry.register(pythonUDFRunner: PythonWorker(connection: connection)) }
        registry.noteConnection(connection)
    }
}
