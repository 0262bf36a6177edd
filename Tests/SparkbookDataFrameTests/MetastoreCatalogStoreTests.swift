import Foundation
import Testing
@testable import SparkbookDataFrame
import SparkbookEngine

/// The SQLite metastore: what one connection writes another sees, conflicts are refused, and writers on
/// separate connections (as two processes have) lose nothing.
struct MetastoreCatalogStoreTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("metastore-\(UUID().uuidString)")
    }

    func table(_ name: String, database: String = "default") -> CatalogTable {
        CatalogTable(identifier: TableIdentifier(database: database, table: name), kind: .managed, provider: "csv",
                     location: "/w/\(name)", schema: StructType([StructField("id", .integer), StructField("p", .string)]),
                     partitionColumns: ["p"], properties: ["k": "v"], options: ["header": "true"], comment: "c",
                     createdAt: Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func aSecondOpeningSeesEverythingTheFirstWrote() throws {
        let folder = folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try MetastoreCatalogStore(folder: folder)
        #expect(try first.createDatabase(CatalogDatabase(name: "Lab", description: "x", location: "/w/lab.db")))
        #expect(try !first.createDatabase(CatalogDatabase(name: "lab", description: "y", location: "/w/lab.db")))
        #expect(try first.createTable(table("t", database: "lab")))
        #expect(try !first.createTable(table("t", database: "lab")))
        let second = try MetastoreCatalogStore(folder: folder)
        #expect(try second.databases().map(\.name) == ["lab"])
        #expect(try second.table(TableIdentifier(database: "lab", table: "t")) == table("t", database: "lab"))
        #expect(try second.renameTable(TableIdentifier(database: "lab", table: "t"), to: TableIdentifier(database: "lab", table: "u"),
                                       location: "/w/u"))
        #expect(try first.tables(in: "lab").map(\.name) == ["u"])
        #expect(try first.dropDatabase("lab", cascade: true))
        #expect(try second.tables(in: "lab").isEmpty)
    }

    @Test func concurrentWritersOnSeparateConnectionsLoseNothing() async throws {
        let folder = folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stores = try (0..<4).map { _ in try MetastoreCatalogStore(folder: folder) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    for i in 0..<25 { _ = try store.createTable(self.table("t\(index)_\(i)")) }
                    // Every writer also races for one shared name: exactly one wins.
                    _ = try store.createTable(self.table("shared"))
                }
            }
            try await group.waitForAll()
        }
        #expect(try stores[0].tables(in: "default").count == 4 * 25 + 1)
    }
}
