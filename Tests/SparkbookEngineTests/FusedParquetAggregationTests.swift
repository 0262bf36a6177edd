import Foundation
import Testing
@testable import SparkbookEngine

/// The fused Parquet aggregation folds the same rows as the general path (the scan's batches copied into
/// blocks): same groups in the same order, same partial states, with dictionary-encoded and plain columns,
/// nulls, and several row groups.
struct FusedParquetAggregationTests {
    typealias Rows = TypedPartialAggregatorTests

    /// The typed aggregator's test rows written with small row groups (so several of them, each with its own
    /// dictionaries); returns a scan of the file, read as one task.
    func scan() throws -> (ParquetScan, URL) {
        let folder = try ParquetFixtures.temporaryFolder()
        var writer = try ParquetFileWriter(schema: Rows.schema, codec: .snappy)
        writer.rowGroupBytes = 30_000
        try writer.write(EngineTestData.batch(Rows.schema, Rows.rows()))
        let url = folder.appendingPathComponent("part-00000.parquet")
        try Data(writer.finish()).write(to: url)
        let scan = try ParquetDataSource().createScan(ScanRequest(paths: [url.path], options: [:], userSchema: nil,
                                                                  settings: ScanSettings()))
        return (try #require(scan as? ParquetScan), folder)
    }

    func compare(keys: [Int]) throws {
        let (scan, folder) = try scan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = try ParquetFileReader(path: scan.files[0])
        #expect(reader.rowGroupCount > 2)
        let spec = Rows.spec(keys: keys, calls: Rows.calls)
        let plan = try #require(TypedAggregationPlan(spec))
        let columns = Array(0..<Rows.schema.count)
        var general = TypedPartialAggregator(plan: plan)
        general.consume(try scan.read(partition: 0, columns: columns),
                        block: AggregationBatch(capacity: FusedCSVAggregation.blockRows, keyCount: keys.count, inputCount: Rows.calls.count))
        var fused = TypedPartialAggregator(plan: plan)
        let rows = try #require(FusedParquetAggregation(scan: scan, columns: columns, plan: plan)).run(partition: 0, into: &fused)
        #expect(rows == 5_000)
        for (a, e) in zip(fused.partialBatches(partitions: 4), general.partialBatches(partitions: 4)) {
            #expect((0..<a.rowCount).map { a.row($0) } == (0..<e.rowCount).map { e.row($0) })
        }
    }

    @Test func dictionaryStringAndIntegerKeysMatchTheGeneralPath() throws {
        try compare(keys: [0, 1])
    }

    @Test func longAndDoubleKeysMatchTheGeneralPath() throws {
        try compare(keys: [2, 3])
    }

    @Test func columnsKeepTheirDictionaryUnlessAPageIsPlain() throws {
        let (scan, folder) = try scan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = try ParquetFileReader(path: scan.files[0])
        // Five distinct strings (and nulls): dictionary-encoded, one entry per distinct value.
        guard case .dictionary(let entries, let rows) = try reader.column(rowGroup: 0, 0) else {
            Issue.record("s keeps its dictionary"); return
        }
        #expect(entries.count <= 5)
        #expect(rows.count == Int(reader.metadata.rowGroups[0].rowCount))
        #expect(rows.contains(-1))
    }
}
