import Foundation
import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// A CSV whose last line does not fit the types of its first megabyte: the first action widens the schema
/// (Spark's full-file inference) and re-plans, so results and the schema after it are Spark's.
struct SampledInferenceTests {
    @Test func theLastLineForcesDoubleAndStringAndTheActionStillGetsSparksAnswer() async throws {
        var text = "k,v,w\n"
        for i in 0..<100_000 { text += "k\(i % 3),\(i),\(i)\n" }
        text += "k0,1.5,not a number\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sampled-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        let session = try SeedData.session()
        let df = try session.read.option("header", "true").option("inferSchema", "true").csv([url.path])
        let total = try df.groupBy([]).agg([Functions.sum("v")])
        let rows = try await total.collect()
        #expect(rows.count == 1)
        #expect(rows[0].values == [.double(Double((0..<100_000).reduce(0, +)) + 1.5)])
        #expect(try df.dtypes().map(\.1) == ["string", "double", "string"])
    }
}
