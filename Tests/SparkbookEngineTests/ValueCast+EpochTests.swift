import Testing
@testable import SparkbookEngine

/// Casts between numbers and timestamps, as recorded from PySpark 4.3.0.
@Suite struct ValueCastEpochTests {
    @Test func numbersAreSecondsSinceTheEpoch() throws {
        #expect(try ValueCast.ansiCast(.long(1_700_000_000), to: .timestamp) == .timestamp(1_700_000_000_000_000))
        #expect(try ValueCast.ansiCast(.double(-7.25), to: .timestamp) == .timestamp(-7_250_000))
        #expect(try ValueCast.ansiCast(.long(.max), to: .timestamp) == .timestamp(.max))
        #expect(ValueCast.cast(.integer(2), to: .timestamp) == .timestamp(2_000_000))
        #expect(throws: SparkError.self) { try ValueCast.ansiCast(.double(.nan), to: .timestamp) }
        #expect(throws: SparkError.self) { try ValueCast.ansiCast(.double(1e300), to: .timestamp) }
    }

    @Test func timestampsFloorToWholeSeconds() throws {
        #expect(try ValueCast.ansiCast(.timestamp(-500_000), to: .long) == .long(-1))
        #expect(try ValueCast.ansiCast(.timestamp(-500_000), to: .short) == .short(-1))
        #expect(try ValueCast.ansiCast(.timestamp(-7_250_000), to: .double) == .double(-7.25))
        #expect(try ValueCast.ansiCast(.timestamp(-7_250_000), to: .integer) == .integer(-8))
        #expect(throws: SparkError.self) { try ValueCast.ansiCast(.timestamp(253_402_214_400_000_000), to: .integer) }
    }
}
