import Foundation
import Testing
@testable import SparkbookEngine
@testable import SparkbookDataFrame

/// `df.write.text`: one string column, a line per row, in `part-*.txt` files as Spark names them.
struct DataFrameWriterTests {
    func session() throws -> (SparkSession, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let context = LaunchContext(workingDirectory: folder, dataSources: DataSourceRegistry([CSVDataSource()]))
        return (try SparkSession.builder(context: context).getOrCreate(), folder)
    }

    @Test func textWritesALinePerRow() async throws {
        let (session, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        let frame = try session.createDataFrame(rows: [[.string("a")], [.null], [.string("c d")]],
                                                schema: StructType([StructField("s", .string)]))
        try await frame.coalesce(1).write.format("text").save(folder.appendingPathComponent("t").path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("t").path).sorted()
        #expect(names.first == "_SUCCESS")
        let part = try #require(names.first { $0.hasPrefix("part-00000-") && $0.hasSuffix("-c000.txt") })
        #expect(try String(contentsOf: folder.appendingPathComponent("t/" + part), encoding: .utf8) == "a\n\nc d\n")
    }

    @Test func textRefusesAnythingButOneStringColumn() async throws {
        let (session, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        let two = try session.createDataFrame(rows: [[.long(1), .string("a")]],
                                              schema: StructType([StructField("i", .long), StructField("s", .string)]))
        let error = await #expect(throws: SparkError.self) { try await two.write.format("text").save(folder.path + "/a") }
        #expect(error?.message == "Text data source supports only a single column, and you have 2 columns.")
        let long = try session.createDataFrame(rows: [[.long(1)]], schema: StructType([StructField("i", .long)]))
        let typed = await #expect(throws: SparkError.self) { try await long.write.format("text").save(folder.path + "/b") }
        #expect(typed?.errorClass == "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE")
    }
}
