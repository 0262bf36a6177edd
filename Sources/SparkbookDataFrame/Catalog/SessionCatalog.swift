import Foundation
import Synchronization
import SparkbookEngine

/// The session's catalog, as Spark's `SessionCatalog`: temporary views first, then the tables of a store (in
/// memory, or the SQLite metastore with Hive support), the current database, and the warehouse where managed
/// tables keep their files (`spark.sql.warehouse.dir`, default `spark-warehouse/` in the working directory;
/// `default`'s tables at `<warehouse>/<table>`, another database's at `<warehouse>/<db>.db/<table>`).
public final class SessionCatalog: Sendable {
    public static let defaultDatabase = "default"
    /// `in-memory` (Spark's default) or `hive` (what `enableHiveSupport()` sets).
    public static let implementationKey = "spark.sql.catalogImplementation"
    public static let warehouseKey = "spark.sql.warehouse.dir"

    /// `spark.sql.warehouse.dir` as a path (a `file:` URI's path), default `spark-warehouse`.
    public static func warehousePath(_ configuration: [String: String]) -> String {
        let text = configuration[warehouseKey] ?? "spark-warehouse"
        if text.hasPrefix("file://") { return String(text.dropFirst(7)) }
        if text.hasPrefix("file:") { return String(text.dropFirst(5)) }
        return text
    }

    public let store: any CatalogStore
    public let tempViews: TempViewCatalog
    /// The warehouse folder, an absolute path.
    public let warehouse: URL
    private let current = Mutex(SessionCatalog.defaultDatabase)
    /// `spark.catalog.cacheTable(name)`: the cached plan every later read of the name gets, by lowercased name
    /// (a view's, or a table's qualified one).
    private let cachedPlans = Mutex<[String: LogicalPlan]>([:])

    public init(store: any CatalogStore, tempViews: TempViewCatalog, warehouse: URL) throws {
        self.store = store
        self.tempViews = tempViews
        self.warehouse = warehouse.standardizedFileURL
        _ = try store.createDatabase(CatalogDatabase(name: Self.defaultDatabase, description: "default database",
                                                     location: self.warehouse.path))
    }

    /// The store a session's settings ask for: the metastore in the working directory with
    /// `spark.sql.catalogImplementation=hive`, else one in memory.
    public static func store(implementation: String?, workingDirectory: URL) throws -> any CatalogStore {
        guard implementation?.lowercased() == "hive" else { return InMemoryCatalogStore() }
        return try MetastoreCatalogStore(folder: workingDirectory.appendingPathComponent(MetastoreCatalogStore.folderName))
    }

    // MARK: Databases

    public var currentDatabase: String { current.withLock { $0 } }

    public func setCurrentDatabase(_ name: String) throws {
        guard try store.database(name) != nil else { throw CatalogErrors.schemaNotFound(name) }
        current.withLock { $0 = name.lowercased() }
    }

    public func databaseExists(_ name: String) throws -> Bool { try store.database(name) != nil }

    public func database(_ name: String) throws -> CatalogDatabase {
        guard let database = try store.database(name) else { throw CatalogErrors.schemaNotFound(name) }
        return database
    }

    public func createDatabase(_ name: String, ifNotExists: Bool, comment: String? = nil, location: String? = nil) throws {
        let folder = location ?? warehouse.appendingPathComponent(name.lowercased() + ".db").path
        let created = try store.createDatabase(CatalogDatabase(name: name, description: comment ?? "", location: folder))
        if !created && !ifNotExists { throw CatalogErrors.schemaAlreadyExists(name) }
        if created { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    }

    public func dropDatabase(_ name: String, ifExists: Bool, cascade: Bool) throws {
        if name.lowercased() == Self.defaultDatabase { throw CatalogErrors.dropDefaultDatabase() }
        guard let database = try store.database(name) else {
            if ifExists { return }
            throw CatalogErrors.schemaNotFound(name)
        }
        let tables = try store.tables(in: database.name)
        if !tables.isEmpty && !cascade { throw CatalogErrors.schemaNotEmpty(name) }
        for table in tables where table.kind == .managed { try? FileManager.default.removeItem(atPath: table.location) }
        _ = try store.dropDatabase(database.name, cascade: true)
        try? FileManager.default.removeItem(atPath: database.location)
        if currentDatabase == database.name { current.withLock { $0 = Self.defaultDatabase } }
    }

    // MARK: Tables

    /// The name in the current database when it names none.
    public func qualified(_ identifier: TableIdentifier) -> TableIdentifier {
        identifier.qualified(in: currentDatabase)
    }

    /// The catalog's table of that name, nil when there is none (temporary views are not tables).
    public func table(_ identifier: TableIdentifier) throws -> CatalogTable? {
        try store.table(qualified(identifier))
    }

    /// The table, or Spark's TABLE_OR_VIEW_NOT_FOUND naming it as the user wrote it.
    public func existingTable(_ name: String) throws -> CatalogTable {
        let identifier = try TableIdentifier.parse(name)
        guard let table = try table(identifier) else { throw CatalogErrors.tableNotFound(CatalogErrors.quotedAsGiven(identifier)) }
        return table
    }

    /// Whether a temporary view of that name shadows the catalog (only an unqualified name, or `global_temp.v`).
    public func isTempView(_ name: String) -> Bool {
        tempViews.names.contains(name.lowercased())
    }

    public func tableExists(_ name: String) throws -> Bool {
        if isTempView(name) { return true }
        guard let identifier = try? TableIdentifier.parse(name) else { return false }
        return try table(identifier) != nil
    }

    /// The folder a managed table of that name has in the warehouse.
    public func defaultLocation(_ identifier: TableIdentifier) throws -> String {
        let qualified = qualified(identifier)
        let database = try self.database(qualified.database!)
        if database.name == Self.defaultDatabase { return warehouse.appendingPathComponent(qualified.table).path }
        return URL(fileURLWithPath: database.location).appendingPathComponent(qualified.table).path
    }

    /// Records a new table; a managed one must not find its folder already there (Spark's LOCATION_ALREADY_EXISTS).
    public func createTable(_ table: CatalogTable, ifNotExists: Bool = false, checkLocation: Bool = true) throws {
        var table = table
        table.identifier = qualified(table.identifier)
        _ = try database(table.database)
        if try store.table(table.identifier) != nil {
            if ifNotExists { return }
            throw CatalogErrors.tableAlreadyExists(table.identifier)
        }
        if checkLocation, table.kind == .managed, Self.hasContent(table.location) {
            throw CatalogErrors.locationAlreadyExists(table.identifier, table.location)
        }
        guard try store.createTable(table) else {
            if ifNotExists { return }
            throw CatalogErrors.tableAlreadyExists(table.identifier)
        }
    }

    public func alterTable(_ table: CatalogTable) throws {
        guard try store.alterTable(table) else { throw CatalogErrors.tableNotFound(table.identifier.quoted) }
    }

    /// `DROP TABLE`: a temporary view of the name goes first (as Spark's DROP TABLE drops one); a managed table's
    /// files are deleted, an external one's kept.
    public func dropTable(_ name: String, ifExists: Bool) throws {
        let identifier = try TableIdentifier.parse(name)
        if identifier.database == nil, tempViews.drop(identifier.table) { return }
        let qualified = qualified(identifier)
        guard let table = try store.table(qualified) else {
            if ifExists { return }
            throw CatalogErrors.tableNotFound(qualified.quoted)
        }
        _ = try store.dropTable(qualified)
        if table.kind == .managed { try? FileManager.default.removeItem(atPath: table.location) }
    }

    /// `ALTER TABLE a RENAME TO b`: a managed table's folder moves with it.
    public func renameTable(_ from: String, to: String) throws {
        let source = try existingTable(from)
        let target = qualified(TableIdentifier(database: try TableIdentifier.parse(to).database ?? source.database,
                                               table: try TableIdentifier.parse(to).table))
        if try store.table(target) != nil { throw CatalogErrors.tableAlreadyExists(target) }
        var location = source.location
        if source.kind == .managed {
            location = try defaultLocation(target)
            if FileManager.default.fileExists(atPath: source.location) {
                try FileManager.default.moveItem(atPath: source.location, toPath: location)
            }
        }
        guard try store.renameTable(source.identifier, to: target, location: location) else {
            throw CatalogErrors.tableAlreadyExists(target)
        }
    }

    /// The tables of a database (the current one when nil), sorted by name.
    public func tables(in database: String?) throws -> [CatalogTable] {
        let name = database ?? currentDatabase
        _ = try self.database(name)
        return try store.tables(in: name)
    }

    // MARK: Cached tables

    public func cachedPlan(_ key: String) -> LogicalPlan? { cachedPlans.withLock { $0[key] } }
    public func setCachedPlan(_ key: String, _ plan: LogicalPlan?) { cachedPlans.withLock { $0[key] = plan } }
    /// Forgets every cached table, returning their plans so the caller can drop their blocks.
    public func removeCachedPlans() -> [LogicalPlan] { cachedPlans.withLock { let plans = Array($0.values); $0 = [:]; return plans } }

    /// Whether a folder exists and holds anything (Spark lets a managed table take an empty folder).
    static func hasContent(_ path: String) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return FileManager.default.fileExists(atPath: path)
        }
        return !entries.isEmpty
    }
}
