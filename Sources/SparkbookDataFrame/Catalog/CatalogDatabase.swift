/// A database (Spark's namespace) of the session catalog; `default` always exists, its folder the warehouse
/// itself, the others' `<warehouse>/<name>.db`.
public struct CatalogDatabase: Sendable, Equatable {
    public var name: String
    public var description: String
    /// The database's folder, an absolute path.
    public var location: String
    public var properties: [String: String]

    public init(name: String, description: String, location: String, properties: [String: String] = [:]) {
        self.name = name.lowercased()
        self.description = description
        self.location = location
        self.properties = properties
    }
}
