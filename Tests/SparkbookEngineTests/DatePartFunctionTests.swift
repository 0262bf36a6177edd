import Testing
@testable import SparkbookEngine
import SparkbookUtilities

/// `date_part`/`datepart`/`extract` as Spark 4.3 answers and names them.
@Suite struct DatePartFunctionTests {
    let schema = StructType([StructField("ts", .timestamp), StructField("d", .date)])
    /// 2015-04-08 13:08:15.123456 UTC and 2016-02-29.
    let row: [Value] = [.timestamp(1_428_498_495_123_456), .date(Int32(CivilCalendar.days(year: 2016, month: 2, day: 29)))]

    func part(_ field: String, _ source: String, function: String = "date_part") throws -> Value {
        try FunctionTestSupport.evaluate(.function(function, [.literal(.string(field)), .column(source)]), schema, row)
    }

    @Test func fieldsOfTimestampsAndDates() throws {
        #expect(try part("YEAR", "ts") == .integer(2015))
        #expect(try part("WEEK", "ts") == .integer(15))
        #expect(try part("D", "ts") == .integer(8))
        #expect(try part("M", "ts") == .integer(8))
        #expect(try part("quarter", "ts") == .integer(2))
        #expect(try part("DAYOFWEEK_ISO", "ts") == .integer(3))
        #expect(try part("dow", "d") == .integer(2))
        #expect(try part("doy", "d") == .integer(60))
        #expect(try part("YEAROFWEEK", "d") == .integer(2016))
        #expect(try part("S", "ts") == .decimal(DecimalValue(unscaled: 15_123_456, precision: 8, scale: 6)))
        #expect(try part("second", "d") == .decimal(DecimalValue(unscaled: 0, precision: 8, scale: 6)))
    }

    @Test func namesAndTheUnknownField() throws {
        #expect(Expression.function("date_part", [.literal(.string("YEAR")), .column("ts")]).generatedName == "date_part(YEAR, ts)")
        #expect(Expression.function("datepart", [.literal(.string("S")), .column("ts")]).generatedName == "datepart(S FROM ts)")
        #expect(Expression.function("extract", [.literal(.string("dow")), .column("d")]).generatedName == "extract(dow FROM d)")
        #expect(throws: SparkError.self) { try part("foo", "ts") }
    }
}
