import Foundation
import Testing
@testable import SparkbookEngine

/// Two writers planned from the same version: a blind append commits after the other's commit; an overwrite
/// does not (it would drop files it never saw).
struct DeltaTableWriteTests {
    static let schema = StructType([StructField("id", .long)])

    func plan(_ table: String, _ mode: DeltaTableWrite.Mode) throws -> DeltaTableWrite {
        try #require(try DeltaTableWrite(tablePath: table, schema: Self.schema, partitionBy: [], mode: mode,
                                         overwriteSchema: false, mergeSchema: false))
    }

    func file(_ name: String) -> DeltaTableWrite.WrittenFile {
        .init(relativePath: name, partitionValues: [:], size: 1, stats: #"{"numRecords":1}"#)
    }

    @Test func concurrentBlindAppendsBothCommitAndAnOverwriteConflicts() throws {
        let table = DeltaLogTests.emptyTable()
        try plan(table, .errorIfExists).commit([file("a.parquet")])
        let first = try plan(table, .append), second = try plan(table, .append), overwrite = try plan(table, .overwrite)
        try first.commit([file("b.parquet")])
        try second.commit([file("c.parquet")])
        let log = DeltaLog(tablePath: table)
        #expect(log.versions() == [0, 1, 2])
        #expect(try DeltaSnapshot(log: log).files.map(\.path) == ["a.parquet", "b.parquet", "c.parquet"])
        let error = #expect(throws: SparkError.self) { try overwrite.commit([file("d.parquet")]) }
        #expect(error?.errorClass == "DELTA_CONCURRENT_WRITE")
        #expect(log.versions() == [0, 1, 2])
    }
}
