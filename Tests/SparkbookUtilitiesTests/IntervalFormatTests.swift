import Testing
import SparkbookUtilities

/// Spark's interval texts, as recorded from PySpark 4.3's docstrings.
@Suite struct IntervalFormatTests {
    @Test func dayTime() {
        #expect(IntervalFormat.dayTime(((86_400 + 12 * 3_600 + 30 * 60 + 1) * 1_000_000) + 1_001) == "INTERVAL '1 12:30:01.001001' DAY TO SECOND")
        #expect(IntervalFormat.dayTime(0) == "INTERVAL '0 00:00:00' DAY TO SECOND")
        #expect(IntervalFormat.dayTime(-1_500_000) == "INTERVAL '-0 00:00:01.5' DAY TO SECOND")
    }

    @Test func yearMonth() {
        #expect(IntervalFormat.yearMonth(2015 * 12) == "INTERVAL '2015-0' YEAR TO MONTH")
        #expect(IntervalFormat.yearMonth(-14) == "INTERVAL '-1-2' YEAR TO MONTH")
    }

    @Test func calendar() {
        #expect(IntervalFormat.calendar(months: 1211, days: 8, micros: 45_001_001_001)
                == "100 years 11 months 8 days 12 hours 30 minutes 1.001001 seconds")
        #expect(IntervalFormat.calendar(months: 0, days: 0, micros: 0) == "0 seconds")
        #expect(IntervalFormat.calendar(months: 12, days: 0, micros: 0) == "1 years")
    }
}
