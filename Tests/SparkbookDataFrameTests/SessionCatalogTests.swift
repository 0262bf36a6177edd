import Foundation
import Testing
@testable import SparkbookDataFrame
import SparkbookEngine

/// Tables through a session: the warehouse layout, Spark's save modes and errors, and what SQL commands do to
/// files and the catalog.
struct SessionCatalogTests {
    func session(_ settings: [String: String] = [:]) throws -> (SparkSession, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let context = LaunchContext(baseConfiguration: settings, workingDirectory: folder,
                                    dataSources: DataSourceRegistry([CSVDataSource(), ParquetDataSource(), DeltaDataSource()]))
        return (try SparkSession.builder(context: context).getOrCreate(), folder)
    }

    func frame(_ session: SparkSession, _ ids: [Int32]) throws -> DataFrame {
        try session.createDataFrame(rows: ids.map { [.integer($0), .string("n\($0)")] },
                                    schema: StructType([StructField("id", .integer), StructField("name", .string)]))
    }

    func ids(_ frame: DataFrame) async throws -> [Int32] {
        try await frame.collect().compactMap { if case .integer(let v)? = $0["id"] { return v }; return nil }.sorted()
    }

    @Test func theConfigurationReportsTheWarehouseAsSparkQualifiesIt() throws {
        let (session, folder) = try session(["spark.sql.warehouse.dir": "wh"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(session.conf.get("spark.sql.warehouse.dir") == "file:" + folder.appendingPathComponent("wh").standardizedFileURL.path)
        #expect(session.conf.get("spark.sql.catalogImplementation") == "in-memory")
    }

    @Test func saveAsTableKeepsManagedTablesInTheWarehouseWithSparksModes() async throws {
        let (session, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await frame(session, [1, 2]).write.saveAsTable("t")
        let table = try session.sessionCatalog.existingTable("t")
        #expect(table.location == folder.appendingPathComponent("spark-warehouse/t").standardizedFileURL.path)
        #expect(table.kind == .managed && table.provider == "parquet")
        let error = await #expect(throws: SparkError.self) { try await frame(session, [3]).write.saveAsTable("t") }
        #expect(error?.errorClass == "TABLE_OR_VIEW_ALREADY_EXISTS")
        try await frame(session, [3]).write.mode("append").saveAsTable("default.t")
        try await frame(session, [9]).write.mode("ignore").saveAsTable("t")
        #expect(try await ids(session.table("t")) == [1, 2, 3])
        try await frame(session, [4]).write.mode("overwrite").saveAsTable("t")
        #expect(try await ids(session.table("t")) == [4])
        _ = try await session.sql("DROP TABLE t")
        #expect(!FileManager.default.fileExists(atPath: table.location))
    }

    @Test func aDatabasesTablesLiveInItsFolderAndItsNameQualifiesThem() async throws {
        let (session, folder) = try session(["spark.sql.warehouse.dir": "wh"])
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await session.sql("CREATE DATABASE lab")
        _ = try await session.sql("USE lab")
        _ = try await session.sql("CREATE TABLE t (id INT, name STRING) USING csv PARTITIONED BY (name)")
        _ = try await session.sql("INSERT INTO t VALUES (1, 'a'), (2, 'b')")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("wh/lab.db/t/name=a").path))
        _ = try await session.sql("USE default")
        #expect(try await ids(session.sql("SELECT * FROM lab.t")) == [1, 2])
        let error = await #expect(throws: SparkError.self) { try await session.sql("DROP DATABASE lab") }
        #expect(error?.errorClass == "SCHEMA_NOT_EMPTY")
    }

    @Test func insertIntoMatchesByPositionAndRefusesUnsafeCasts() async throws {
        let (session, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await session.sql("CREATE TABLE t (id BIGINT, name STRING)")
        try await frame(session, [5]).write.insertInto("t")
        #expect(try session.table("t").schema().fields.map(\.dataType) == [.long, .string])
        let swapped = try frame(session, [6]).select([Column("name"), Column("id")])
        let error = await #expect(throws: SparkError.self) { try await swapped.write.insertInto("t") }
        #expect(error?.errorClass == "INCOMPATIBLE_DATA_FOR_TABLE.CANNOT_SAFELY_CAST")
        let narrow = try frame(session, [7]).select([Column("id")])
        let arity = await #expect(throws: SparkError.self) { try await narrow.write.insertInto("t") }
        #expect(arity?.errorClass == "INSERT_COLUMN_ARITY_MISMATCH.NOT_ENOUGH_DATA_COLUMNS")
    }

    @Test func externalTablesKeepTheirFilesOnDrop() async throws {
        let (session, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await frame(session, [1]).write.option("path", "ext").saveAsTable("e")
        #expect(try session.sessionCatalog.existingTable("e").kind == .external)
        _ = try await session.sql("DROP TABLE e")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ext/_SUCCESS").path))
    }

    @Test func hiveSupportKeepsTablesForTheNextSessionInTheSameFolder() async throws {
        let (first, folder) = try session(["spark.sql.catalogImplementation": "hive"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try await frame(first, [1, 2]).write.saveAsTable("kept")
        first.stop()
        let context = LaunchContext(baseConfiguration: ["spark.sql.catalogImplementation": "hive"], workingDirectory: folder,
                                    dataSources: DataSourceRegistry([CSVDataSource(), ParquetDataSource()]))
        let second = try SparkSession.builder(context: context).getOrCreate()
        #expect(try await ids(second.table("kept")) == [1, 2])
        let memory = LaunchContext(workingDirectory: folder, dataSources: DataSourceRegistry([ParquetDataSource()]))
        #expect(throws: SparkError.self) { try SparkSession.builder(context: memory).getOrCreate().table("kept") }
    }
}
