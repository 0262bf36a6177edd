import Synchronization

/// Spark's default catalog (`spark.sql.catalogImplementation=in-memory`): databases and tables live as long as
/// the session; the files of managed tables stay in the warehouse, unknown to the next session.
public final class InMemoryCatalogStore: CatalogStore {
    private struct State {
        var databases: [String: CatalogDatabase] = [:]
        var tables: [TableIdentifier: CatalogTable] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    public func databases() -> [CatalogDatabase] {
        state.withLock { $0.databases.values.sorted { $0.name < $1.name } }
    }

    public func database(_ name: String) -> CatalogDatabase? {
        state.withLock { $0.databases[name.lowercased()] }
    }

    public func createDatabase(_ database: CatalogDatabase) -> Bool {
        state.withLock { state in
            guard state.databases[database.name] == nil else { return false }
            state.databases[database.name] = database
            return true
        }
    }

    public func dropDatabase(_ name: String, cascade: Bool) -> Bool {
        state.withLock { state in
            guard state.databases.removeValue(forKey: name.lowercased()) != nil else { return false }
            state.tables = state.tables.filter { $0.key.database != name.lowercased() }
            return true
        }
    }

    public func tables(in database: String) -> [CatalogTable] {
        state.withLock { $0.tables.values.filter { $0.database == database.lowercased() }.sorted { $0.name < $1.name } }
    }

    public func table(_ identifier: TableIdentifier) -> CatalogTable? {
        state.withLock { $0.tables[identifier] }
    }

    public func createTable(_ table: CatalogTable) -> Bool {
        state.withLock { state in
            guard state.tables[table.identifier] == nil else { return false }
            state.tables[table.identifier] = table
            return true
        }
    }

    public func alterTable(_ table: CatalogTable) -> Bool {
        state.withLock { state in
            guard state.tables[table.identifier] != nil else { return false }
            state.tables[table.identifier] = table
            return true
        }
    }

    public func dropTable(_ identifier: TableIdentifier) -> Bool {
        state.withLock { $0.tables.removeValue(forKey: identifier) != nil }
    }

    public func renameTable(_ from: TableIdentifier, to: TableIdentifier, location: String) -> Bool {
        state.withLock { state in
            guard var table = state.tables[from], state.tables[to] == nil else { return false }
            state.tables[from] = nil
            table.identifier = to
            table.location = location
            state.tables[to] = table
            return true
        }
    }
}
