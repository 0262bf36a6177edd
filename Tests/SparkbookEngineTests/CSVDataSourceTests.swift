import Foundation
import Testing
@testable import SparkbookEngine

/// The csv source end to end: schema, splits, projected reads and Spark's error for a missing path.
struct CSVDataSourceTests {
    func scan(_ path: String, options: [String: String] = ["header": "true", "inferSchema": "true"],
              settings: ScanSettings = ScanSettings()) throws -> any DataScan {
        try CSVDataSource().createScan(ScanRequest(paths: [path], options: options, userSchema: nil, settings: settings))
    }

    @Test func aMissingPathIsPathNotFound() {
        let error = #expect(throws: SparkError.self) { try scan("/no/such/folder/events.csv") }
        #expect(error?.description == "[PATH_NOT_FOUND] Path does not exist: file:/no/such/folder/events.csv. SQLSTATE: 42K03")
        #expect(error?.kind == .analysis)
    }

    @Test func theSeedDataInfersSparksSchema() throws {
        let scan = try scan(EngineTestData.seedCSV.path)
        #expect(scan.schema.names == ["event_id", "event_time", "country", "device", "amount"])
        #expect(scan.schema.fields.map(\.dataType) == [.integer, .timestamp, .string, .string, .double])
        #expect(scan.partitionCount == 1)
        #expect(scan.explainText == "FileScan csv [event_id,event_time,country,device,amount] Location: [file:\(EngineTestData.seedCSV.path)]")
    }

    @Test func smallSplitsCoverEveryRecordExactlyOnce() throws {
        let scan = try scan(EngineTestData.seedCSV.path, settings: ScanSettings(maxPartitionBytes: 500_000))
        #expect(scan.partitionCount == 5)
        var ids: [Int32] = []
        for p in 0..<scan.partitionCount {
            let batch = try scan.read(partition: p, columns: [0])
            guard case .int32(let values) = batch.columns[0].storage else { Issue.record("event_id is an int"); return }
            ids += values
        }
        #expect(ids == Array(1...50_000))
    }

    @Test func aProjectedReadReturnsOnlyTheAskedColumnsInOrder() throws {
        let batch = try scan(EngineTestData.seedCSV.path).read(partition: 0, columns: [4, 2])
        #expect(batch.schema.names == ["amount", "country"])
        #expect(batch.rowCount == 50_000)
        #expect(batch.row(0) == [.double(165.32), .string("US")])
        #expect(batch.row(2) == [.double(22.37), .string("DE")])
    }

    @Test func withoutInferenceEveryColumnIsAString() throws {
        let url = try #require(Bundle.module.url(forResource: "events_clean", withExtension: "csv", subdirectory: "Fixtures/csv"))
        let scan = try scan(url.path, options: ["header": "true"])
        #expect(scan.schema.fields.map(\.dataType) == Array(repeating: .string, count: 5))
        let batch = try scan.read(partition: 0, columns: [0, 4])
        #expect((0..<batch.rowCount).map(batch.row) == [
            [.string("1"), .string("19.99")], [.string("2"), .string("250.00")], [.string("3"), .string("0.50")],
            [.string("4"), .string("999.99")], [.string("5"), .string("42.10")],
        ])
    }

    @Test func aPartitionPastTheLastSplitIsEmpty() throws {
        let batch = try scan(EngineTestData.seedCSV.path).read(partition: 3, columns: [1])
        #expect(batch.rowCount == 0)
        #expect(batch.schema.names == ["event_time"])
    }

    @Test func theShortNameIsCsv() {
        #expect(CSVDataSource().shortName == "csv")
    }

    /// `col=value/` directories give columns after the data columns, typed as Spark infers them (or as the
    /// user's schema says), on every read path; recursiveFileLookup finds none, pathGlobFilter keeps names.
    @Test func partitionDirectoriesBecomeColumns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-partitions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (directory, text) in [("year=2023/month=01", "1,a\n"), ("year=2024/month=x", "2,b\n")] {
            let sub = folder.appendingPathComponent(directory)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: sub.appendingPathComponent("part.csv"))
        }
        let inferred = try scan(folder.path, options: [:])
        #expect(inferred.schema.names == ["_c0", "_c1", "year", "month"])
        #expect(inferred.schema.fields.map(\.dataType) == [.string, .string, .integer, .string])
        let rows = try (0..<inferred.partitionCount).flatMap { p in
            let batch = try inferred.read(partition: p, columns: [3, 0, 2])
            return (0..<batch.rowCount).map { batch.row($0) }
        }
        #expect(rows == [[.string("01"), .string("1"), .integer(2023)], [.string("x"), .string("2"), .integer(2024)]])

        let user = StructType([StructField("id", .integer), StructField("month", .string), StructField("v", .string)])
        let typed = try CSVDataSource().createScan(ScanRequest(paths: [folder.path], options: [:], userSchema: user,
                                                               settings: ScanSettings()))
        #expect(typed.schema.names == ["id", "v", "year", "month"])

        #expect(try scan(folder.path, options: ["recursiveFileLookup": "true"]).schema.names == ["_c0", "_c1"])
        #expect(try scan(folder.path, options: ["pathGlobFilter": "*.csv"]).schema.names == ["_c0", "_c1", "year", "month"])
    }
}
