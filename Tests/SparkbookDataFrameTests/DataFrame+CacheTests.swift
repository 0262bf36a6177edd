import Foundation
import SparkbookEngine
import Testing
@testable import SparkbookDataFrame

/// A cache larger than the storage pool keeps what fits in memory and the rest on disk, reads back the rows of
/// the uncached DataFrame, and `unpersist` deletes its file.
struct DataFrameCacheTests {
    static func session(_ dir: String) throws -> SparkSession {
        // A pool of 0.6 MiB: (301m - 300m) x 0.6.
        try SeedData.session(["spark.driver.memory": "301m", "spark.local.dir": dir])
    }

    static func files(_ session: SparkSession) throws -> [String] {
        guard let path = session.executor.memory.spillDirectory.path else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasPrefix("rdd_") }
    }

    static func rows(_ df: DataFrame) async throws -> [[Value]] {
        try await df.collectBatches().flatMap { b in (0..<b.rowCount).map { b.row($0) } }
    }

    @Test func aCacheLargerThanStorageSpillsPartitionsAndReadsBackTheSameRows() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("df-cache-\(UUID())").path
        let session = try Self.session(dir)
        defer { session.stop(); try? FileManager.default.removeItem(atPath: dir) }
        let df = try session.range(0, 400_000, numPartitions: 64).withColumn("s", Column("id").cast(.string))
        let expected = try await Self.rows(df)
        let cached = df.cache()
        #expect(cached.storageLevel == .memoryAndDiskDeser)
        #expect(try await cached.count() == 400_000)
        guard case .cached(let entry) = cached.plan, let relation = entry.relation else {
            Issue.record("not computed"); return
        }
        #expect(relation.isComplete)
        #expect(relation.status.diskBytes > 0)
        #expect(relation.status.memoryBytes > 0)
        #expect(try Self.files(session).count == 1)
        #expect(try await Self.rows(cached) == expected)
        #expect(try await cached.limit(10).count() == 10)
        _ = cached.unpersist()
        #expect(try Self.files(session).isEmpty)
        #expect(session.executor.memory.snapshot.storageBytes == 0)
    }

    @Test func memoryOnlyThatDoesNotFitIsComputedAgain() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("df-cache-\(UUID())").path
        let session = try Self.session(dir)
        defer { session.stop(); try? FileManager.default.removeItem(atPath: dir) }
        let df = try session.range(0, 400_000, numPartitions: 8)
        let cached = df.persist(.memoryOnly)
        #expect(try await cached.count() == 400_000)
        guard case .cached(let entry) = cached.plan, let relation = entry.relation else {
            Issue.record("not computed"); return
        }
        #expect(!relation.isComplete)
        #expect(relation.status.diskBytes == 0)
        #expect(try await Self.rows(cached) == (try await Self.rows(df)))
        #expect(try Self.files(session).isEmpty)
    }
}
