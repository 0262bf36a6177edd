import Testing
@testable import SparkbookEngine

/// The `stats` of an add action: row count, per-column nulls and bounds that skip nulls and NaN.
struct DeltaFileStatisticsTests {
    @Test func boundsSkipNullsAndComplexColumnsGetNone() {
        let schema = StructType([StructField("n", .long), StructField("s", .string), StructField("d", .date), StructField("x", .double)])
        let rows: [[Value]] = [[.long(3), .string("b"), .date(0), .double(.nan)],
                               [.null, .string("a"), .date(19_723), .double(2.5)],
                               [.long(-1), .null, .null, .double(1)]]
        var builders = schema.fields.map { ColumnBuilder(type: $0.dataType) }
        for row in rows { for (i, value) in row.enumerated() { builders[i].append(value) } }
        let batch = RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: 3)
        #expect(DeltaFileStatistics.json(batch)
                == #"{"numRecords":3,"minValues":{"n":-1,"s":"a","d":"1970-01-01","x":1.0},"maxValues":{"n":3,"s":"b","d":"2024-01-01","x":2.5},"nullCount":{"n":1,"s":1,"d":1,"x":0}}"#)
    }
}
