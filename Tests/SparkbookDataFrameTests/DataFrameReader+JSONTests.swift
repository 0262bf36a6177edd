import Foundation
import Testing
@testable import SparkbookEngine
@testable import SparkbookDataFrame

/// `spark.read.json` over a partitioned folder: the `col=value/` directories' columns after the data columns.
struct DataFrameReaderJSONTests {
    @Test func partitionDirectoriesBecomeColumns() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("json-partitions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (k, line) in [("1", #"{"x": 10}"#), ("2", #"{"x": 20}"#)] {
            let sub = folder.appendingPathComponent("k=\(k)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data((line + "\n").utf8).write(to: sub.appendingPathComponent("a.json"))
        }
        let context = LaunchContext(workingDirectory: folder, dataSources: DataSourceRegistry([CSVDataSource(), JSONDataSource()]))
        let session = try SparkSession.builder(context: context).getOrCreate()
        let frame = try session.read.json([folder.path])
        #expect(try frame.schema().names == ["x", "k"])
        #expect(try frame.schema().fields.map(\.dataType) == [.long, .integer])
        let rows = try await frame.collect().map { [$0["x"] ?? .null, $0["k"] ?? .null] }
        #expect(rows.count == 2)
        #expect(rows.contains([.long(10), .integer(1)]))
        #expect(rows.contains([.long(20), .integer(2)]))
    }
}
