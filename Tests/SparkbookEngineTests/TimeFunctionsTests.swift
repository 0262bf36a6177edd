import Testing
@testable import SparkbookEngine

/// `time(6)` values: their text, parsing, and the functions of PySpark's docstrings.
@Suite struct TimeFunctionsTests {
    func evaluate(_ name: String, _ arguments: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, arguments.map(Expression.literal)), StructType([StructField("x", .integer)]), [.integer(0)])
    }

    @Test func textAndParsing() {
        #expect(TimeOfDay.parse("14:30:00.5") == 52_200_500_000)
        #expect(TimeOfDay.parse("6:30") == 23_400_000_000)
        #expect(TimeOfDay.parse("24:00:00") == nil)
        #expect(TimeOfDay.text(52_200_500_000) == "14:30:00.5")
        #expect(TimeOfDay.text(23_400_000_000) == "06:30:00")
    }

    @Test func docstringValues() throws {
        #expect(try evaluate("make_time", [.integer(6), .integer(30), .double(45.887)]) == .time(23_445_887_000))
        #expect(try evaluate("time_from_micros", [.long(52_200_500_000)]) == .time(52_200_500_000))
        #expect(try evaluate("time_to_millis", [.time(52_200_500_000)]) == .long(52_200_500))
        #expect(ValueCast.sqlText(try evaluate("time_to_seconds", [.time(52_200_500_000)])) == "52200.500000")
        #expect(try evaluate("time_trunc", [.string("HOUR"), .time(47_295_000_000)]) == .time(46_800_000_000))
        #expect(try evaluate("time_diff", [.string("HOUR"), .time(47_295_000_000), .time(77_428_000_000)]) == .long(8))
        #expect(try evaluate("try_to_time", [.string("25:00")]) == .null)
    }

    @Test func timestampFromDateAndTime() throws {
        let day = Int32(16_432)  // 2014-12-28
        #expect(try evaluate("make_timestamp", [.date(day), .time(23_445_887_000)])
                == .timestamp(Int64(day) * 86_400_000_000 + 23_445_887_000))
        #expect(try evaluate("make_timestamp_ntz", [.date(day), .time(0)]) == .timestampNTZ(Int64(day) * 86_400_000_000))
    }
}
