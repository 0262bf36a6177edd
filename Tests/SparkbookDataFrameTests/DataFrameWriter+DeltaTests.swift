import Foundation
import Testing
@testable import SparkbookEngine
@testable import SparkbookDataFrame

/// `format("delta")` writes and reads: modes as Spark's Delta writer has them, partitioned layout with values in
/// the log, time travel, and schema changes only when asked for.
struct DataFrameWriterDeltaTests {
    static let schema = StructType([StructField("id", .long), StructField("country", .string)])

    func session() throws -> (SparkSession, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("delta-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let context = LaunchContext(workingDirectory: folder,
                                    dataSources: DataSourceRegistry([CSVDataSource(), ParquetDataSource(), DeltaDataSource()]))
        let session = try SparkSession.builder(context: context).config("spark.sql.session.timeZone", "UTC").getOrCreate()
        return (session, folder.appendingPathComponent("table").path)
    }

    func frame(_ session: SparkSession, _ ids: [Int64]) throws -> DataFrame {
        try session.createDataFrame(rows: ids.map { [.long($0), $0 % 2 == 0 ? .string("US") : .string("FR")] }, schema: Self.schema)
    }

    func ids(_ frame: DataFrame) async throws -> [Int64] {
        try await frame.collect().compactMap { if case .long(let v)? = $0["id"] { return v }; return nil }.sorted()
    }

    @Test func modesCommitVersionsAndTimeTravelReadsThem() async throws {
        let (session, table) = try session()
        try await frame(session, [1, 2, 3]).write.format("delta").save(table)
        let error = await #expect(throws: SparkError.self) { try await frame(session, [9]).write.format("delta").save(table) }
        #expect(error?.errorClass == "DELTA_PATH_EXISTS")
        try await frame(session, [9]).write.format("delta").mode("ignore").save(table)
        try await frame(session, [4]).write.format("delta").mode("append").save(table)
        try await frame(session, [7, 8]).write.format("delta").mode("overwrite").save(table)
        let log = DeltaLog(tablePath: table)
        #expect(log.versions() == [0, 1, 2])
        #expect(try await ids(session.read.format("delta").load([table])) == [7, 8])
        #expect(try await ids(session.read.format("delta").option("versionAsOf", "0").load([table])) == [1, 2, 3])
        #expect(try await ids(session.read.format("delta").option("versionAsOf", "1").load([table])) == [1, 2, 3, 4])
        #expect(try session.read.format("delta").load([table]).schema().names == ["id", "country"])
        let first = try log.actions(version: 0).map(\.line).joined(separator: "\n")
        #expect(first.contains(#"{"protocol":{"minReaderVersion":1,"minWriterVersion":2}}"#))
        #expect(first.contains(#"\"numRecords\":"#))
        #expect(try log.actions(version: 2).contains { if case .remove = $0 { return true }; return false })
    }

    @Test func partitionColumnsAreDirectoriesAndLogValues() async throws {
        let (session, table) = try session()
        try await frame(session, [1, 2, 3]).write.format("delta").partitionBy(["country"]).save(table)
        #expect(FileManager.default.fileExists(atPath: table + "/country=US"))
        let read = try session.read.format("delta").load([table])
        #expect(try read.schema().names == ["id", "country"])
        let rows = try await read.collect().map { row -> String in
            guard case .long(let id)? = row["id"], case .string(let country)? = row["country"] else { return "?" }
            return "\(id)/\(country)"
        }.sorted()
        #expect(rows == ["1/FR", "2/US", "3/FR"])
        // Appending with other partition columns is refused, as in Delta.
        let error = await #expect(throws: SparkError.self) {
            try await frame(session, [5]).write.format("delta").mode("append").partitionBy(["id"]).save(table)
        }
        #expect(error?.errorClass == "DELTA_PARTITION_COLUMN_MISMATCH")
    }

    @Test func newColumnsNeedMergeSchemaAndOverwriteSchemaReplacesIt() async throws {
        let (session, table) = try session()
        try await frame(session, [1]).write.format("delta").save(table)
        let wider = try session.createDataFrame(rows: [[.long(2), .string("US"), .double(1.5)]],
                                                schema: StructType(Self.schema.fields + [StructField("x", .double)]))
        let error = await #expect(throws: SparkError.self) { try await wider.write.format("delta").mode("append").save(table) }
        #expect(error?.message.contains("A schema mismatch detected") == true)
        try await wider.write.format("delta").mode("append").option("mergeSchema", "true").save(table)
        let merged = try session.read.format("delta").load([table])
        #expect(try merged.schema().names == ["id", "country", "x"])
        #expect(try await merged.collect().count == 2)
        let other = try session.createDataFrame(rows: [[.string("z")]], schema: StructType([StructField("z", .string)]))
        try await other.write.format("delta").mode("overwrite").option("overwriteSchema", "true").save(table)
        #expect(try session.read.format("delta").load([table]).schema().names == ["z"])
    }

    @Test func describeHistoryListsCommitsNewestFirst() async throws {
        let (session, table) = try session()
        try await frame(session, [1]).write.format("delta").save(table)
        try await frame(session, [2]).write.format("delta").mode("overwrite").save(table)
        let history = try await session.sql("DESCRIBE HISTORY delta.`\(table)`").collect()
        #expect(history.map { $0["version"] } == [.long(1), .long(0)])
        #expect(history.map { $0["operation"] } == [.string("WRITE"), .string("WRITE")])
        #expect(history[0]["operationParameters"] == .map(keys: [.string("mode"), .string("partitionBy")], values: [.string("Overwrite"), .string("[]")]))
        #expect(try await session.sql("DESC HISTORY '\(table)' LIMIT 1").collect().count == 1)
        #expect(try await ids(session.sql("SELECT id FROM delta.`\(table)` WHERE id > 0")) == [2])
        let error = await #expect(throws: SparkError.self) { try await session.sql("DESCRIBE HISTORY events") }
        #expect(error?.errorClass == "TABLE_OR_VIEW_NOT_FOUND")
        try await frame(session, [3]).write.format("delta").saveAsTable("events")
        try await frame(session, [4]).write.format("delta").mode("append").saveAsTable("events")
        #expect(try await session.sql("DESCRIBE HISTORY events").collect().map { $0["version"] } == [.long(1), .long(0)])
        try await frame(session, [5]).write.saveAsTable("plain")
        let notDelta = await #expect(throws: SparkError.self) { try await session.sql("DESCRIBE HISTORY plain") }
        #expect(notDelta?.errorClass == "DELTA_TABLE_ONLY_OPERATION")
    }

    @Test func timestampAsOfReadsTheVersionCommittedByThen() async throws {
        let (session, table) = try session()
        try await frame(session, [1]).write.format("delta").save(table)
        try await Task.sleep(for: .milliseconds(20))
        try await frame(session, [2]).write.format("delta").mode("append").save(table)
        let log = DeltaLog(tablePath: table)
        func text(_ ms: Int64) -> String {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
        }
        let first = try log.timestamp(version: 0), second = try log.timestamp(version: 1)
        #expect(try await ids(session.read.format("delta").option("timestampAsOf", text(first)).load([table])) == [1])
        #expect(try await ids(session.read.format("delta").option("timestampAsOf", text(second)).load([table])) == [1, 2])
        let early = #expect(throws: SparkError.self) { try session.read.format("delta").option("timestampAsOf", "2000-01-01").load([table]) }
        #expect(early?.errorClass == "DELTA_TIMESTAMP_EARLIER_THAN_COMMIT_RETENTION")
        let late = #expect(throws: SparkError.self) { try session.read.format("delta").option("timestampAsOf", "2999-01-01").load([table]) }
        #expect(late?.errorClass == "DELTA_TIMESTAMP_GREATER_THAN_COMMIT")
    }

    @Test func everyTenthCommitWritesACheckpointReadersCanStartFrom() async throws {
        let (session, table) = try session()
        try await frame(session, [0]).write.format("delta").partitionBy(["country"]).save(table)
        for id in 1...10 { try await frame(session, [Int64(id)]).write.format("delta").mode("append").save(table) }
        let log = DeltaLog(tablePath: table)
        #expect(DeltaCheckpoint.latest(in: log, atOrBefore: 10)?.version == 10)
        // With the commits before it gone, as log cleanup leaves them, the checkpoint alone gives the table.
        for version in 0..<10 { try FileManager.default.removeItem(atPath: log.logPath + "/" + DeltaLog.commitName(version)) }
        #expect(try await ids(session.read.format("delta").load([table])) == Array(0...10))
        #expect(try session.read.format("delta").load([table]).schema().names == ["id", "country"])
    }
}
