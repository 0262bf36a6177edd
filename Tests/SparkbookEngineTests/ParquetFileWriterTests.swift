import Foundation
import Testing
@testable import SparkbookEngine

/// What Sparkbook writes reads back the same, with Spark's schema key, dictionary pages where values repeat,
/// row groups cut by size, and statistics on flat columns.
struct ParquetFileWriterTests {
    static let schema = StructType([
        StructField("id", .long, nullable: false),
        StructField("name", .string),
        StructField("amount", .decimal(precision: 20, scale: 2)),
        StructField("tags", .array(element: .string, containsNull: true)),
    ])

    func batch(_ n: Int) -> RecordBatch {
        var builders = Self.schema.fields.map { ColumnBuilder(type: $0.dataType) }
        for i in 0..<n {
            builders[0].append(.long(Int64(i)))
            builders[1].append(i % 10 == 0 ? .null : .string("n\(i % 5)"))
            builders[2].append(.decimal(DecimalValue(unscaled: Int128(i) * 1_000_000_000_007 - 5, precision: 20, scale: 2)))
            builders[3].append(i % 3 == 0 ? .null : .array((0..<(i % 4)).map { $0 == 1 ? .null : .string("t\($0)") }))
        }
        return RecordBatch(schema: Self.schema, columns: builders.map { $0.finish() }, rowCount: n)
    }

    func writeAndOpen(_ batch: RecordBatch, codec: ParquetCompressionCodec, rowGroupBytes: Int? = nil) throws -> (ParquetFileReader, URL) {
        let folder = try ParquetFixtures.temporaryFolder()
        var writer = try ParquetFileWriter(schema: Self.schema, codec: codec)
        if let rowGroupBytes { writer.rowGroupBytes = rowGroupBytes }
        try writer.write(batch)
        let url = folder.appendingPathComponent("part-00000.parquet")
        try Data(writer.finish()).write(to: url)
        return (try ParquetFileReader(path: url.path), folder)
    }

    @Test(arguments: [ParquetCompressionCodec.snappy, .zstd, .uncompressed])
    func rowsRoundTrip(codec: ParquetCompressionCodec) throws {
        let input = batch(1000)
        let (reader, folder) = try writeAndOpen(input, codec: codec)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(reader.schema.names == Self.schema.names)
        #expect(try ParquetFixtures.rows(reader) == (0..<1000).map { input.row($0) })
    }

    @Test func repeatedStringsGetADictionaryPageAndStatistics() throws {
        let (reader, folder) = try writeAndOpen(batch(1000), codec: .snappy)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = try #require(reader.metadata.rowGroups[0].columns[1].metaData)
        #expect(name.dictionaryPageOffset != nil)
        #expect(name.encodings.contains(.rleDictionary))
        #expect(name.statistics?.nullCount == 100)
        #expect(name.statistics?.min == Array("n0".utf8))
        #expect(name.statistics?.max == Array("n4".utf8))
        #expect(reader.metadata.value(forKey: ParquetSparkTypes.sparkSchemaKey)?.hasPrefix(#"{"type":"struct","fields":[{"name":"id","type":"long","nullable":false"#) == true)
    }

    @Test func largeInputIsCutIntoRowGroups() throws {
        let input = batch(5000)
        let (reader, folder) = try writeAndOpen(input, codec: .snappy, rowGroupBytes: 40_000)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(reader.rowGroupCount > 2)
        #expect(reader.metadata.rowGroups.map(\.rowCount).reduce(0, +) == 5000)
        #expect(try ParquetFixtures.rows(reader, columns: [0]).map { $0[0] } == (0..<5000).map { .long(Int64($0)) })
    }

    @Test func aTypeParquetCannotHoldIsRefusedByName() {
        let error = #expect(throws: SparkError.self) {
            try ParquetFileWriter(schema: StructType([StructField("nothing", .null)]), codec: .snappy)
        }
        #expect(error?.errorClass == "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE")
    }
}
