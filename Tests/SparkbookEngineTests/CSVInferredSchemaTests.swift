import Foundation
import Testing
@testable import SparkbookEngine

/// inferSchema from a prefix: the same types when the prefix is representative; when a later value does not
/// fit, the read throws, the scan re-infers over everything (Spark's result) and the query can be re-planned.
struct CSVInferredSchemaTests {
    /// `rows` integer lines (well past `sample` bytes) and a last line that forces `v` to double and `w` to string.
    static func file(rows: Int = 5_000) throws -> String {
        var text = "k,v,w\n"
        for i in 0..<rows { text += "k\(i % 3),\(i),\(i)\n" }
        text += "k0,1.5,oops\n"
        return try TypedPathTestSupport.write(text)
    }

    static let options: CSVOptions = {
        var o = CSVOptions()
        o.header = true
        o.inferSchema = true
        return o
    }()

    @Test func aPrefixGivesTheSampledTypesAndRefineGivesSparksTypes() throws {
        let path = try Self.file()
        let inferred = try CSVInferredSchema(files: [path], options: Self.options, sessionZone: TimeZone(identifier: "UTC")!,
                                             sampleBytes: 4_096)
        #expect(inferred.result.types == [.string, .integer, .integer])
        #expect(!inferred.isComplete)
        #expect(inferred.sampleCheck != nil)
        let full = try inferred.refine()
        #expect(full.types == [.string, .double, .string])
        #expect(full == (try CSVSchemaInference(options: Self.options).infer(files: [path])))
        #expect(inferred.isComplete && inferred.sampleCheck == nil)
    }

    @Test func aSampleThatCoversTheFileIsComplete() throws {
        let path = try Self.file(rows: 10)
        let inferred = try CSVInferredSchema(files: [path], options: Self.options, sessionZone: TimeZone(identifier: "UTC")!)
        #expect(inferred.isComplete)
        #expect(inferred.result.types == [.string, .double, .string])
    }

    @Test func theReaderThrowsAMisfitInsteadOfReadingTheValueAsMalformed() throws {
        let path = try Self.file()
        let inferred = try CSVInferredSchema(files: [path], options: Self.options, sessionZone: TimeZone(identifier: "UTC")!,
                                             sampleBytes: 4_096)
        let reader = CSVReader(schema: inferred.result.schema, options: Self.options, sampleCheck: inferred.sampleCheck)
        #expect(throws: CSVSampleMisfit.self) { _ = try reader.read(path: path, projection: [1]) }
        // Without the check (a user schema), the same value is just malformed: null in PERMISSIVE mode.
        let plain = CSVReader(schema: inferred.result.schema, options: Self.options)
        let batch = try plain.read(path: path, projection: [1])
        #expect(batch.columns[0].isNull(batch.rowCount - 1))
    }

    @Test func aQueryMeetingTheMisfitWidensTheScanAndRunsAgainWithDoubles() async throws {
        let path = try Self.file(rows: 600_000)  // ~10 MiB, so the default sample (8 MiB) does not cover it
        let scan = try TypedPathTestSupport.scan(path)
        guard case .scan(let relation) = scan else { return }
        #expect(relation.scan.schema.fields.map(\.dataType) == [.string, .integer, .integer])
        let plan = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.sum, .column("v"))], scan)
        await #expect(throws: CSVSchemaWidened.self) { _ = try await EngineTestData.run(plan) }
        #expect(relation.scan.schema.fields.map(\.dataType) == [.string, .double, .string])
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(rows == [[.double(Double((0..<600_000).reduce(0, +)) + 1.5)]])
    }
}
