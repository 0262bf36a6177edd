import Foundation
@testable import SparkbookEngine

/// The Parquet files of tests/fixtures/parquet (written by Spark 4.3 and pyarrow: tools/pyspark/make_parquet_fixtures.py).
enum ParquetFixtures {
    static func path(_ name: String) -> String {
        EngineTestData.packageRoot.appendingPathComponent("tests/fixtures/parquet/\(name)").path
    }

    /// Every row of every row group of a file, as scalars.
    static func rows(_ reader: ParquetFileReader, columns: [Int]? = nil) throws -> [[Value]] {
        let columns = columns ?? Array(0..<reader.schema.count)
        return try (0..<reader.rowGroupCount).flatMap { g -> [[Value]] in
            let batch = try reader.read(rowGroup: g, columns: columns)
            return (0..<batch.rowCount).map { batch.row($0) }
        }
    }

    /// A fresh folder under the temporary directory, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-parquet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
