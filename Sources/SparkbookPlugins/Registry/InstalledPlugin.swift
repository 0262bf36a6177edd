/// A plugin as the registry knows it after installing it: its name, where it came from and what it registered.
public struct InstalledPlugin: Sendable, Equatable {
    public var name: String
    /// `built-in`, or the folder an outside plugin was found in.
    public var origin: String
    public var provides: [Capability]
}

/// One named thing a plugin registered: `dataSource json`, `function my_upper`, `magic sql`.
public struct Capability: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case cellKind = "cell-kind", magic, dataSource = "data-source", function, renderer, clusterProfile = "cluster-profile",
             pythonUDFs = "python-udfs"
    }

    public var kind: Kind
    public var name: String

    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    public var description: String { "\(kind.rawValue) \(name)" }
}
