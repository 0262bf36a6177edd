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

    /// Spark deletes a folder it is asked to overwrite and then fails reading the files it deleted; Sparkbook refuses
    /// before deleting anything, and the files are still there.
    @Test func overwritingTheFolderTheQueryReadsIsRefusedAndLosesNothing() async throws {
        let (session, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("p").path
        let frame = try session.createDataFrame(rows: [[.long(1)], [.long(2)]], schema: StructType([StructField("id", .long)]))
        try await frame.write.format("csv").save(path)
        let before = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        let read = try session.read.format("csv").option("inferSchema", "true").load([path])
        let error = await #expect(throws: SparkError.self) {
            try await read.select([Column("_c0")]).write.mode("overwrite").format("csv").save(path)
        }
        #expect(error?.errorClass == "UNSUPPORTED_OVERWRITE.PATH")
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).sorted() == before)
        // Another folder is fine.
        try await read.write.mode("overwrite").format("csv").save(folder.appendingPathComponent("q").path)
        #expect(try read.reads(under: path) && !(try read.reads(under: folder.appendingPathComponent("q").path)))
    }
}
