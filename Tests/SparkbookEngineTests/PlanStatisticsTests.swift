import Testing
@testable import SparkbookEngine

/// The figures `explain(mode="cost")` prints, as Spark formats and estimates them.
@Suite struct PlanStatisticsTests {
    @Test func bytesPrintInTheLargestUnitTheyAreTwiceOf() {
        #expect(PlanStatistics.bytesText(8) == "8.0 B")
        #expect(PlanStatistics.bytesText(2047) == "2047.0 B")
        #expect(PlanStatistics.bytesText(2048) == "2.0 KiB")
        #expect(PlanStatistics.bytesText(Double(Int64.max)) == "8.0 EiB")
        #expect(PlanStatistics(sizeInBytes: 8, rowCount: 1).text == "Statistics(sizeInBytes=8.0 B, rowCount=1)")
    }

    @Test func rowsAreEightBytesOfOverheadAndEachTypesDefaultSize() {
        let schema = StructType([StructField("a", .long), StructField("s", .string), StructField("d", .decimal(precision: 20, scale: 2))])
        #expect(PlanStatistics.rowSize(schema) == 8 + 8 + 20 + 16)
        #expect(PlanStatistics.outputSize(schema, rows: 0) == 1)
        #expect(PlanStatistics.outputSize(schema, rows: 2) == 104)
    }
}
