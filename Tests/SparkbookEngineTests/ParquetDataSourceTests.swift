import Foundation
import Testing
@testable import SparkbookEngine

/// The parquet source: row groups split across tasks as Spark splits them, projected reads, columns a file lacks
/// read as nulls, and `mergeSchema`.
struct ParquetDataSourceTests {
    func scan(_ paths: [String], options: [String: String] = [:], settings: ScanSettings = ScanSettings()) throws -> any DataScan {
        try ParquetDataSource().createScan(ScanRequest(paths: paths, options: options, userSchema: nil, settings: settings))
    }

    @Test func rowGroupsAreSplitAcrossTasksAndReadOnce() throws {
        let path = ParquetFixtures.path("spark_row_groups.parquet")
        let whole = try scan([path])
        let split = try scan([path], settings: ScanSettings(maxPartitionBytes: 20_000, openCostInBytes: 1000))
        #expect(whole.partitionCount == 1)
        #expect(split.partitionCount > 2)
        var ids: [Int64] = []
        for p in 0..<split.partitionCount {
            guard case .int64(let v) = try split.read(partition: p, columns: [0]).columns[0].storage else { Issue.record("id is a long"); return }
            ids += v
        }
        #expect(ids.sorted() == (0..<20_000).map(Int64.init))
    }

    @Test func aMissingPathIsPathNotFound() {
        let error = #expect(throws: SparkError.self) { try scan(["/no/such/data.parquet"]) }
        #expect(error?.errorClass == "PATH_NOT_FOUND")
    }

    @Test func mergeSchemaAddsColumnsOtherFilesHave() throws {
        let a = ParquetFixtures.path("arrow_delta_length.parquet"), b = ParquetFixtures.path("arrow_byte_stream_split.parquet")
        #expect(try scan([a, b]).schema.names == ["s2"])
        let merged = try scan([a, b], options: ["mergeSchema": "true"])
        #expect(merged.schema.names == ["s2", "f", "dbl"])
        // Each small file is a task of its own (a file costs openCostInBytes, as in Spark's packing).
        let batches = try (0..<merged.partitionCount).map { try merged.read(partition: $0, columns: [0, 1]) }
        #expect(batches.map(\.rowCount).reduce(0, +) == 100)
        let withF = batches.map { b in (0..<b.rowCount).filter { !b.columns[1].isNull($0) }.count }.reduce(0, +)
        let withS2 = batches.map { b in (0..<b.rowCount).filter { !b.columns[0].isNull($0) }.count }.reduce(0, +)
        #expect(withF == 50)
        #expect(withS2 == 37)
    }
}
