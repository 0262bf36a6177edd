import Testing
@testable import SparkbookEngine

/// Ordering between scalars: bytes for strings, numbers across widths, NaN above everything.
struct ValueOrderingTests {
    @Test func nullsDoNotCompare() {
        #expect(ValueOrdering.compare(.null, .integer(1)) == nil)
        #expect(ValueOrdering.compare(.null, .null) == nil)
    }

    @Test func stringsCompareByUTF8Bytes() {
        #expect(ValueOrdering.compare(.string("B"), .string("a")) == -1)
        #expect(ValueOrdering.compare(.string("ab"), .string("a")) == 1)
        #expect(ValueOrdering.compare(.string("é"), .string("z")) == 1)
        #expect(ValueOrdering.compare(.string("x"), .string("x")) == 0)
    }

    @Test func numbersCompareAcrossTypes() {
        #expect(ValueOrdering.compare(.integer(3), .long(2)) == 1)
        #expect(ValueOrdering.compare(.integer(2), .double(2.0)) == 0)
        #expect(ValueOrdering.compare(.long(Int64.max), .long(Int64.max - 1)) == 1)
    }

    @Test func nanIsAboveEveryNumberAndEqualToItself() {
        #expect(ValueOrdering.compare(.double(.nan), .double(.infinity)) == 1)
        #expect(ValueOrdering.compare(.integer(1), .double(.nan)) == -1)
        #expect(ValueOrdering.compare(.double(.nan), .double(.nan)) == 0)
    }

    @Test func booleansDatesAndTimestamps() {
        #expect(ValueOrdering.compare(.boolean(false), .boolean(true)) == -1)
        #expect(ValueOrdering.compare(.date(-1), .date(0)) == -1)
        #expect(ValueOrdering.compare(.timestamp(5), .timestamp(5)) == 0)
    }

    @Test func differentKindsDoNotCompare() {
        #expect(ValueOrdering.compare(.string("1"), .integer(1)) == nil)
        #expect(ValueOrdering.compare(.boolean(true), .integer(1)) == nil)
    }

    @Test func arraysCompareElementwiseNullsFirstThenByLength() {
        #expect(ValueOrdering.compare(.array([.long(1), .long(2)]), .array([.long(1), .long(3)])) == -1)
        #expect(ValueOrdering.compare(.array([.null]), .array([.long(0)])) == -1)
        #expect(ValueOrdering.compare(.array([.long(1)]), .array([.long(1), .long(0)])) == -1)
        #expect(ValueOrdering.compare(.array([.string("a"), .null]), .array([.string("a"), .null])) == 0)
    }
}
