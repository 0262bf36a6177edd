import Testing
@testable import SparkbookEngine

/// Non-ANSI casts: values that do not convert become null.
struct ValueCastTests {
    @Test func nullStaysNullForEveryTarget() {
        for type in [DataType.integer, .long, .double, .string, .boolean, .timestamp, .date] {
            #expect(ValueCast.cast(.null, to: type) == .null)
        }
    }

    @Test func stringsToNumbersTrimSpacesAndFailToNull() {
        #expect(ValueCast.cast(.string(" 12 "), to: .integer) == .integer(12))
        #expect(ValueCast.cast(.string("-5"), to: .long) == .long(-5))
        #expect(ValueCast.cast(.string(" 2.5"), to: .double) == .double(2.5))
        #expect(ValueCast.cast(.string("abc"), to: .integer) == .null)
        #expect(ValueCast.cast(.string("abc"), to: .double) == .null)
    }

    @Test func doublesToIntegralsTruncateTowardZero() {
        #expect(ValueCast.cast(.double(3.9), to: .long) == .long(3))
        #expect(ValueCast.cast(.double(-3.9), to: .integer) == .integer(-3))
    }

    @Test func integralWidening() {
        #expect(ValueCast.cast(.integer(7), to: .long) == .long(7))
        #expect(ValueCast.cast(.long(7), to: .double) == .double(7))
        #expect(ValueCast.cast(.long(4_294_967_297), to: .integer) == .integer(1))
    }

    @Test func toString() {
        #expect(ValueCast.cast(.integer(5), to: .string) == .string("5"))
        #expect(ValueCast.cast(.double(1.5), to: .string) == .string("1.5"))
        #expect(ValueCast.cast(.boolean(true), to: .string) == .string("true"))
    }

    @Test func toBoolean() {
        #expect(ValueCast.cast(.string("YES"), to: .boolean) == .boolean(true))
        #expect(ValueCast.cast(.string("f"), to: .boolean) == .boolean(false))
        #expect(ValueCast.cast(.string("maybe"), to: .boolean) == .null)
        #expect(ValueCast.cast(.integer(0), to: .boolean) == .boolean(false))
        #expect(ValueCast.cast(.double(0.1), to: .boolean) == .boolean(true))
        #expect(ValueCast.cast(.boolean(true), to: .double) == .double(1))
        #expect(ValueCast.cast(.boolean(true), to: .integer) == .integer(1))
        #expect(ValueCast.cast(.boolean(false), to: .long) == .long(0))
    }

    @Test func datesAndTimestamps() {
        #expect(ValueCast.cast(.date(1), to: .timestamp) == .timestamp(86_400_000_000))
        #expect(ValueCast.cast(.timestamp(86_400_000_001), to: .date) == .date(1))
        // Before the epoch the day is floored, not truncated.
        #expect(ValueCast.cast(.timestamp(-1), to: .date) == .date(-1))
        #expect(ValueCast.cast(.string("2024-01-01"), to: .date) == .null)
    }

    @Test func castToTheSameTypeIsIdentity() {
        #expect(ValueCast.cast(.string("x"), to: .string) == .string("x"))
        #expect(ValueCast.cast(.double(.infinity), to: .double) == .double(.infinity))
    }

    @Test func arraysCastElementwiseAndPrintWithLowerCaseNull() throws {
        let strings = DataType.array(element: .string, containsNull: true)
        #expect(try ValueCast.ansiCast(.array([.integer(1), .null]), to: strings) == .array([.string("1"), .null]))
        #expect(try ValueCast.ansiCast(.array([.double(1.5), .null]), to: .string) == .string("[1.5, null]"))
        #expect(throws: SparkError.self) {
            try ValueCast.ansiCast(.array([.string("x")]), to: .array(element: .integer, containsNull: true))
        }
    }
}
