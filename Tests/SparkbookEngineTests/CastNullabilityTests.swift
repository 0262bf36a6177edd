import Testing
@testable import SparkbookEngine

/// Spark's `Cast.forceNullable`, as PySpark 4.3.0 reports `cast` of a non-null column.
@Suite struct CastNullabilityTests {
    @Test func wideningAndFormattingKeepNonNull() {
        #expect(!CastNullability.forcesNull(from: .long, to: .integer))
        #expect(!CastNullability.forcesNull(from: .long, to: .float))
        #expect(!CastNullability.forcesNull(from: .double, to: .float))
        #expect(!CastNullability.forcesNull(from: .date, to: .timestamp))
        #expect(!CastNullability.forcesNull(from: .timestamp, to: .date))
        #expect(!CastNullability.forcesNull(from: .date, to: .string))
        #expect(!CastNullability.forcesNull(from: .integer, to: .boolean))
        #expect(!CastNullability.forcesNull(from: .timestamp, to: .long))
    }

    @Test func parsingTruncatingAndNarrowDecimalsMayBeNull() {
        #expect(CastNullability.forcesNull(from: .string, to: .integer))
        #expect(CastNullability.forcesNull(from: .double, to: .integer))
        #expect(CastNullability.forcesNull(from: .double, to: .decimal(precision: 10, scale: 2)))
        #expect(CastNullability.forcesNull(from: .integer, to: .decimal(precision: 10, scale: 2)))
        #expect(!CastNullability.forcesNull(from: .integer, to: .decimal(precision: 12, scale: 2)))
        #expect(!CastNullability.forcesNull(from: .long, to: .decimal(precision: 20, scale: 0)))
    }
}
