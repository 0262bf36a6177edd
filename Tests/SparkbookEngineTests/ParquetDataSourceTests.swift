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

/// Filters pushed to the scan: row groups they rule out are not read, unless `spark.sql.parquet.filterPushdown`
/// is off; the rows that reach the filter above the scan are a superset of the matching ones either way.
struct ParquetScanPushdownTests {
    func scan(pushdown: Bool = true) throws -> ParquetScan {
        let request = ScanRequest(paths: [ParquetFixtures.path("spark_row_groups.parquet")], options: [:], userSchema: nil,
                                  settings: ScanSettings(parquetFilterPushdown: pushdown))
        return try #require(try ParquetDataSource().createScan(request) as? ParquetScan)
    }

    /// `id >= 6000 AND id < 9000` over the file's schema (id, k, v).
    static let condition = BoundExpression.binary(
        .and, .binary(.greaterOrEqual, .column(index: 0, type: .long), .literal(.long(6000), type: .long), type: .boolean),
        .binary(.less, .column(index: 0, type: .long), .literal(.long(9000), type: .long), type: .boolean), type: .boolean)

    func ids(_ scan: any DataScan) throws -> [Int64] {
        guard case .int64(let ids) = try scan.read(partition: 0, columns: [0]).columns[0].storage else { return [] }
        return ids
    }

    @Test func rowGroupsOutsideThePushedRangeAreNotRead() throws {
        let pushed = try #require(try scan().pushing([Self.condition]) as? ParquetScan)
        #expect(pushed.pushedFilters.map(\.description)
                == ["IsNotNull(id)", "GreaterThanOrEqual(id,6000)", "LessThan(id,9000)"])
        #expect(try pushed.rowGroups(partition: 0).map(\.rowGroup) == [2, 3])
        let kept = try ids(pushed)
        #expect(kept.first == 5776)
        #expect(kept.count == 2 * 2888)
    }

    @Test func withoutPushdownEveryRowGroupIsReadAndTheMatchingRowsAreTheSame() throws {
        let off = try #require(try scan(pushdown: false).pushing([Self.condition]) as? ParquetScan)
        #expect(try off.rowGroups(partition: 0).count == 7)
        let on = try scan().pushing([Self.condition])
        let matching: (Int64) -> Bool = { $0 >= 6000 && $0 < 9000 }
        #expect(try ids(off).filter(matching) == ids(on).filter(matching))
        #expect(try ids(off).filter(matching).count == 3000)
    }
}
