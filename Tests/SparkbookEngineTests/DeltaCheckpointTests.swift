import Foundation
import Testing
@testable import SparkbookEngine

/// A table `deltalake` checkpointed at version 3 with its earlier commits deleted (tools/pyspark/make_delta_fixtures.py):
/// replay starts from the Parquet checkpoint, and versions before it are gone.
struct DeltaCheckpointTests {
    static let table = EngineTestData.packageRoot.appendingPathComponent("tests/fixtures/delta/checkpointed").path

    @Test func replayStartsFromTheCheckpoint() throws {
        let log = DeltaLog(tablePath: Self.table)
        #expect(DeltaCheckpoint.latest(in: log, atOrBefore: 4)?.version == 3)
        #expect(DeltaCheckpoint.latest(in: log, atOrBefore: 2) == nil)
        let latest = try DeltaSnapshot(log: log)
        #expect(latest.version == 4)
        let countries: [String] = latest.files.compactMap { file in file.partitionValues["c"] ?? nil }
        #expect(countries.sorted() == ["a", "b"])
        #expect(latest.metadata.partitionColumns == ["c"])
        #expect(try DeltaSnapshot(log: log, version: 3).files.count == 1)
        let error = #expect(throws: DeltaError.self) { try DeltaSnapshot(log: log, version: 1) }
        #expect(error?.sparkError.errorClass == "DELTA_VERSION_NOT_FOUND")
    }

    @Test func theDeltaSourceReadsTheLiveFilesWithTheirPartitionValues() throws {
        let scan = try DeltaDataSource().createScan(ScanRequest(paths: [Self.table], options: [:], userSchema: nil, settings: ScanSettings()))
        #expect(scan.schema.names == ["id", "c"])
        var rows: [String] = []
        for p in 0..<scan.partitionCount {
            let batch = try scan.read(partition: p, columns: [0, 1])
            rows += (0..<batch.rowCount).map { "\(batch.columns[0].value(at: $0))|\(batch.columns[1].value(at: $0))" }
        }
        let expected: [String] = ["\(Value.long(100))|\(Value.string("b"))", "\(Value.long(99))|\(Value.string("a"))"]
        #expect(rows.sorted() == expected.sorted())
        let old = try DeltaDataSource().createScan(ScanRequest(paths: [Self.table], options: ["versionAsOf": "3"], userSchema: nil, settings: ScanSettings()))
        var oldRows = 0
        for p in 0..<old.partitionCount { oldRows += try old.read(partition: p, columns: [0]).rowCount }
        #expect(oldRows == 1)
    }
}
