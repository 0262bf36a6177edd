import Foundation
import GRDB
import SparkbookEngine

/// The catalog Spark keeps in a Hive metastore (`enableHiveSupport()`, `spark.sql.catalogImplementation=hive`),
/// here a SQLite database through GRDB: `metastore_db/sparkbook-metastore.sqlite` in the working directory,
/// where Spark's embedded Derby metastore keeps its `metastore_db/`. Every session of that directory sees the
/// same databases and tables. Two processes may use it at once: the file is in WAL mode (readers never wait for
/// the writer), every change is one IMMEDIATE transaction (a writer takes the lock before it reads, so two
/// cannot both decide a name is free), and a writer waits up to 30 s for the other's lock.
public final class MetastoreCatalogStore: CatalogStore {
    public static let folderName = "metastore_db"
    public static let fileName = "sparkbook-metastore.sqlite"

    private let pool: DatabasePool

    /// Opens (creating when missing) the metastore in `folder`.
    public init(folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "sparkbook-metastore"
        pool = try DatabasePool(path: folder.appendingPathComponent(Self.fileName).path, configuration: configuration)
        try change { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS databases (
                    name TEXT PRIMARY KEY NOT NULL, description TEXT NOT NULL, location TEXT NOT NULL,
                    properties TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS tables (
                    database TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, provider TEXT NOT NULL,
                    location TEXT NOT NULL, schema TEXT NOT NULL, partition_columns TEXT NOT NULL,
                    properties TEXT NOT NULL, options TEXT NOT NULL, comment TEXT, created_at REAL NOT NULL, bucketing TEXT,
                    PRIMARY KEY (database, name));
                """)
        }
    }

    /// One IMMEDIATE transaction: the write lock is taken first, so a check and the change it allows are atomic
    /// across processes.
    private func change<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    public func databases() throws -> [CatalogDatabase] {
        try pool.read { db in try GRDB.Row.fetchAll(db, sql: "SELECT * FROM databases ORDER BY name").map(Self.database) }
    }

    public func database(_ name: String) throws -> CatalogDatabase? {
        try pool.read { db in
            try GRDB.Row.fetchOne(db, sql: "SELECT * FROM databases WHERE name = ?", arguments: [name.lowercased()]).map(Self.database)
        }
    }

    public func createDatabase(_ database: CatalogDatabase) throws -> Bool {
        try change { db in
            guard try GRDB.Row.fetchOne(db, sql: "SELECT 1 FROM databases WHERE name = ?", arguments: [database.name]) == nil else { return false }
            try db.execute(sql: "INSERT INTO databases VALUES (?, ?, ?, ?)",
                           arguments: [database.name, database.description, database.location, Self.json(database.properties)])
            return true
        }
    }

    public func dropDatabase(_ name: String, cascade: Bool) throws -> Bool {
        try change { db in
            try db.execute(sql: "DELETE FROM databases WHERE name = ?", arguments: [name.lowercased()])
            guard db.changesCount > 0 else { return false }
            try db.execute(sql: "DELETE FROM tables WHERE database = ?", arguments: [name.lowercased()])
            return true
        }
    }

    public func tables(in database: String) throws -> [CatalogTable] {
        try pool.read { db in
            try GRDB.Row.fetchAll(db, sql: "SELECT * FROM tables WHERE database = ? ORDER BY name", arguments: [database.lowercased()])
                .map(Self.table)
        }
    }

    public func table(_ identifier: TableIdentifier) throws -> CatalogTable? {
        try pool.read { db in
            try GRDB.Row.fetchOne(db, sql: "SELECT * FROM tables WHERE database = ? AND name = ?",
                             arguments: [identifier.database ?? "default", identifier.table]).map(Self.table)
        }
    }

    public func createTable(_ table: CatalogTable) throws -> Bool {
        try change { db in
            guard try GRDB.Row.fetchOne(db, sql: "SELECT 1 FROM tables WHERE database = ? AND name = ?",
                                   arguments: [table.database, table.name]) == nil else { return false }
            try insert(table, db)
            return true
        }
    }

    public func alterTable(_ table: CatalogTable) throws -> Bool {
        try change { db in
            try db.execute(sql: "DELETE FROM tables WHERE database = ? AND name = ?", arguments: [table.database, table.name])
            guard db.changesCount > 0 else { return false }
            try insert(table, db)
            return true
        }
    }

    public func dropTable(_ identifier: TableIdentifier) throws -> Bool {
        try change { db in
            try db.execute(sql: "DELETE FROM tables WHERE database = ? AND name = ?",
                           arguments: [identifier.database ?? "default", identifier.table])
            return db.changesCount > 0
        }
    }

    public func renameTable(_ from: TableIdentifier, to: TableIdentifier, location: String) throws -> Bool {
        try change { db in
            guard try GRDB.Row.fetchOne(db, sql: "SELECT 1 FROM tables WHERE database = ? AND name = ?",
                                   arguments: [to.database ?? "default", to.table]) == nil else { return false }
            try db.execute(sql: "UPDATE tables SET database = ?, name = ?, location = ? WHERE database = ? AND name = ?",
                           arguments: [to.database ?? "default", to.table, location, from.database ?? "default", from.table])
            return db.changesCount > 0
        }
    }

    private func insert(_ table: CatalogTable, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO tables VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: [
            table.database, table.name, table.kind.rawValue, table.provider, table.location,
            SparkSchemaJSON.text(table.schema), Self.json(table.partitionColumns), Self.json(table.properties),
            Self.json(table.options), table.comment, table.createdAt.timeIntervalSince1970,
            table.bucketing.map { Self.json($0) },
        ])
    }

    private static func database(_ row: GRDB.Row) -> CatalogDatabase {
        CatalogDatabase(name: row["name"], description: row["description"], location: row["location"],
                        properties: decode(row["properties"]) ?? [:])
    }

    private static func table(_ row: GRDB.Row) -> CatalogTable {
        CatalogTable(identifier: TableIdentifier(database: row["database"], table: row["name"]),
                     kind: CatalogTable.Kind(rawValue: row["kind"]) ?? .external, provider: row["provider"],
                     location: row["location"], schema: SparkSchemaJSON.schema(row["schema"]) ?? StructType([]),
                     partitionColumns: decode(row["partition_columns"]) ?? [], properties: decode(row["properties"]) ?? [:],
                     options: decode(row["options"]) ?? [:], comment: row["comment"],
                     createdAt: Date(timeIntervalSince1970: row["created_at"]),
                     bucketing: (row["bucketing"] as String?).flatMap { decode($0) })
    }

    private static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }

    private static func decode<T: Decodable>(_ text: String) -> T? {
        try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}
