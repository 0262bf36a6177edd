import Testing
@testable import SparkbookEngine

/// ANSI casts into tinyint, smallint and float, with Spark 4.3's errors.
struct ValueCastSmallTypesTests {
    @Test func integralValuesThatFitNarrow() throws {
        #expect(try ValueCast.ansiCast(.integer(100), to: .byte) == .byte(100))
        #expect(try ValueCast.ansiCast(.double(-3.7), to: .short) == .short(-3))
        #expect(try ValueCast.ansiCast(.string(" 12 "), to: .byte) == .byte(12))
        #expect(try ValueCast.ansiCast(.boolean(true), to: .byte) == .byte(1))
    }

    @Test func valuesOutOfRangeAreCastOverflow() {
        #expect(throws: SparkError.self) { try ValueCast.ansiCast(.integer(300), to: .byte) }
        let error = ValueCast.overflow(.integer(300), .byte)
        #expect(error.message.hasPrefix("The value 300 of the type \"INT\" cannot be cast to \"TINYINT\" due to an overflow."))
        #expect(ValueCast.overflow(.long(300), .byte).message.hasPrefix("The value 300L of the type \"BIGINT\""))
        #expect(ValueCast.overflow(.float(3e9), .integer).message.hasPrefix("The value 3.0E9 of the type \"FLOAT\""))
    }

    @Test func textOutOfRangeIsMalformedNotOverflow() {
        do {
            _ = try ValueCast.ansiCast(.string("300"), to: .byte)
            Issue.record("expected an error")
        } catch let error as SparkError {
            #expect(error.errorClass == "CAST_INVALID_INPUT")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func floatsRoundToSinglePrecision() throws {
        #expect(try ValueCast.ansiCast(.double(1.1), to: .float) == .float(1.1))
        #expect(try ValueCast.ansiCast(.string("1.1"), to: .float) == .float(1.1))
        #expect(try ValueCast.ansiCast(.double(1e300), to: .float) == .float(.infinity))
        #expect(try ValueCast.ansiCast(.float(1.1), to: .double) == .double(Double(Float(1.1))))
        #expect(try ValueCast.ansiCast(.float(1.1), to: .string) == .string("1.1"))
    }
}
