import Foundation
import Testing
@testable import SparkbookEngine

/// Spark's types in Parquet beyond the common ones: timestamp_ntz as INT64 micros not adjusted to UTC (as Spark
/// 4.3 writes it), ANSI intervals as plain counts, and TIME and calendar intervals refused as Spark refuses them.
struct ParquetSparkTypesTests {
    static let schema = StructType([
        StructField("ntz", .timestampNTZ),
        StructField("dt", .dayTimeInterval),
        StructField("ym", .yearMonthInterval),
    ])

    @Test func timestampNTZAndANSIIntervalsRoundTrip() throws {
        var builders = Self.schema.fields.map { ColumnBuilder(type: $0.dataType) }
        builders[0].append(.timestampNTZ(1_704_164_645_123_456))
        builders[1].append(.dayTimeInterval(93_784_500_000))
        builders[2].append(.yearMonthInterval(40))
        for i in builders.indices { builders[i].append(.null) }
        let batch = RecordBatch(schema: Self.schema, columns: builders.map { $0.finish() }, rowCount: 2)
        let folder = try ParquetFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try ParquetFileWriter(schema: Self.schema, codec: .snappy)
        try writer.write(batch)
        let url = folder.appendingPathComponent("part-00000.parquet")
        try Data(writer.finish()).write(to: url)

        let reader = try ParquetFileReader(path: url.path)
        #expect(reader.schema.fields.map(\.dataType) == [.timestampNTZ, .dayTimeInterval, .yearMonthInterval])
        #expect(try ParquetFixtures.rows(reader) == [batch.row(0), batch.row(1)])
        let ntz = try #require(reader.metadata.schema.first { $0.name == "ntz" })
        #expect(ntz.type == .int64)
        #expect(ntz.logicalType == .timestamp(adjustedToUTC: false, unit: .micros))
    }

    @Test func localTimestampsReadAsTimestampNTZAndUTCOnesAsTimestamp() throws {
        func leaf(_ adjusted: Bool) -> ParquetSchemaNode {
            .leaf(ParquetLeaf(element: ParquetSchemaElement(name: "t", type: .int64, repetition: .optional,
                                                            logicalType: .timestamp(adjustedToUTC: adjusted, unit: .millis)),
                              type: .int64, path: ["t"], column: 0, maxDefinition: 1, maxRepetition: 0))
        }
        #expect(try ParquetSparkTypes.sparkType(leaf(false)) == .timestampNTZ)
        #expect(try ParquetSparkTypes.sparkType(leaf(true)) == .timestamp)
    }

    @Test func timeAndCalendarIntervalsAreRefusedAsSparkRefusesThem() {
        let time = #expect(throws: SparkError.self) {
            try ParquetFileWriter(schema: StructType([StructField("t", .time)]), codec: .snappy)
        }
        #expect(time?.errorClass == "UNSUPPORTED_TIME_TYPE")
        let interval = #expect(throws: SparkError.self) {
            try ParquetFileWriter(schema: StructType([StructField("i", .calendarInterval)]), codec: .snappy)
        }
        #expect(interval?.errorClass == "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE")
        #expect(interval?.message == "The Parquet datasource doesn't support the column `i` of the type \"INTERVAL\".")
    }
}
