import Foundation

/// A plugin folder's `plugin.json`: who the plugin is, which protocol it speaks, what it provides and how to
/// start it. What it provides is declared here, so Sparkbook can register it without starting the process
/// (plugins start on first use). docs/PLUGINS.md is the reference for plugin authors.
public struct PluginManifest: Codable, Sendable, Equatable {
    public var name: String
    public var version: String
    public var protocolVersion: Int
    /// The program and its arguments, run in the plugin's folder (a relative program path is the folder's).
    public var command: [String]
    public var provides: Provides
    /// Executables that must be found (on `PATH`, or relative to the folder) for the plugin to start.
    public var requires: [String]?
    /// Seconds a call may take before the plugin is stopped and the cell fails (default 60).
    public var timeoutSeconds: Double?
    /// The most rows one `function.call` or `aggregate.call` sends (default `PluginBatches.maxRows`, 10,000): a
    /// plugin that handles larger batches declares more, and makes fewer calls.
    public var maxBatchRows: Int?
    public var description: String?
    /// The command that prepares what the plugin needs (`make python-worker`), named when it cannot start.
    public var setup: String?

    public struct Provides: Codable, Sendable, Equatable {
        public var functions: [FunctionDeclaration]?
        /// Aggregates: each takes one argument and answers one value per group from the group's values.
        public var aggregates: [FunctionDeclaration]?
        public var dataSources: [String]?
        public var magics: [String]?
        /// The `kind=` values of `display(df, kind=..., ...)` the plugin draws (`display.render`).
        public var displayKinds: [String]?
        /// Runs Python UDFs (`udf.call`): the Python worker plugin.
        public var pythonUDFs: Bool?
    }

    /// A scalar function: its name as SQL and `F.call_function` know it, its argument types and result type as
    /// DDL type strings (`string`, `bigint`, `array<int>`).
    public struct FunctionDeclaration: Codable, Sendable, Equatable {
        public var name: String
        public var arguments: [String]
        public var returns: String
    }

    /// The protocol versions this Sparkbook speaks: 1 carries batches as base64 text inside the JSON line, 2 as
    /// raw bytes after it (docs/PLUGINS.md). The handshake asks a plugin for its manifest's version.
    public static let protocolVersions = 1...2
    public static var currentProtocolVersion: Int { protocolVersions.upperBound }
    public static let fileName = "plugin.json"

    /// Reads and checks a folder's manifest; errors say which file and what is wrong.
    public static func load(folder: URL) throws -> PluginManifest {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PluginError.invalidManifest(path: url.path, why: "no such file")
        }
        let manifest: PluginManifest
        do {
            manifest = try JSONDecoder().decode(PluginManifest.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw PluginError.invalidManifest(path: url.path, why: "missing \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw PluginError.invalidManifest(path: url.path, why: "\"\(path)\": \(context.debugDescription)")
        } catch {
            throw PluginError.invalidManifest(path: url.path, why: "not valid JSON")
        }
        try manifest.check(path: url.path)
        return manifest
    }

    func check(path: String) throws {
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw PluginError.invalidManifest(path: path, why: "\"name\" must be letters, digits, - and _")
        }
        guard Self.protocolVersions.contains(protocolVersion) else {
            throw PluginError.invalidManifest(path: path, why: "protocolVersion \(protocolVersion) is not one this Sparkbook speaks (\(Self.protocolVersions.map(String.init).joined(separator: " or ")))")
        }
        guard !command.isEmpty else { throw PluginError.invalidManifest(path: path, why: "\"command\" is empty") }
        if let aggregate = provides.aggregates?.first(where: { $0.arguments.count != 1 }) {
            throw PluginError.invalidManifest(path: path, why: "aggregate \(aggregate.name) must take one argument")
        }
        if let timeoutSeconds, !(timeoutSeconds > 0) {
            throw PluginError.invalidManifest(path: path, why: "\"timeoutSeconds\" must be greater than 0")
        }
        if let maxBatchRows, maxBatchRows < 1 {
            throw PluginError.invalidManifest(path: path, why: "\"maxBatchRows\" must be at least 1")
        }
    }

    /// What the manifest declares, as the registry lists capabilities.
    public var capabilities: [Capability] {
        ((provides.functions ?? []) + (provides.aggregates ?? [])).map { Capability(kind: .function, name: $0.name.lowercased()) }
            + (provides.dataSources ?? []).map { Capability(kind: .dataSource, name: $0.lowercased()) }
            + (provides.magics ?? []).map { Capability(kind: .magic, name: $0.lowercased()) }
            + (provides.displayKinds ?? []).map { Capability(kind: .renderer, name: "display kind=\($0.lowercased())") }
            + (provides.pythonUDFs == true ? [Capability(kind: .pythonUDFs, name: "python")] : [])
    }
}
