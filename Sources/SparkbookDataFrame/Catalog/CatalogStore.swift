/// Where a session catalog keeps its databases and tables: in memory for the session (Spark's default
/// `in-memory` catalog) or in the SQLite metastore shared by every session of the working directory (`hive`).
/// Names are lowercased; a store reports conflicts by returning false, and the session catalog words the errors.
public protocol CatalogStore: Sendable {
    func databases() throws -> [CatalogDatabase]
    func database(_ name: String) throws -> CatalogDatabase?
    /// Adds the database unless one of that name exists; false when it did.
    func createDatabase(_ database: CatalogDatabase) throws -> Bool
    /// Removes the database and, when `cascade`, its tables; false when it was not there.
    func dropDatabase(_ name: String, cascade: Bool) throws -> Bool

    func tables(in database: String) throws -> [CatalogTable]
    func table(_ identifier: TableIdentifier) throws -> CatalogTable?
    /// Adds the table unless one of that name exists in its database; false when it did.
    func createTable(_ table: CatalogTable) throws -> Bool
    /// Replaces the entry of an existing table (same identifier); false when there was none.
    func alterTable(_ table: CatalogTable) throws -> Bool
    func dropTable(_ identifier: TableIdentifier) throws -> Bool
    /// Gives a table a new name in the same store; false when `from` is missing or `to` is taken.
    func renameTable(_ from: TableIdentifier, to: TableIdentifier, location: String) throws -> Bool
}
