import Testing
@testable import SparkbookEngine

/// Casts recorded from PySpark 4.3 with ANSI on.
struct ValueCastDecimalTests {
    private func ansi(_ v: Value, _ type: DataType) throws -> String {
        let result = try ValueCast.ansiCast(v, to: type)
        if case .decimal(let d) = result { return d.plainText }
        return ValueCast.sqlText(result)
    }

    @Test func intoDecimalRoundsHalfUp() throws {
        #expect(try ansi(.string("2.345"), .decimal(precision: 10, scale: 2)) == "2.35")
        #expect(try ansi(.string(" 7 "), .decimal(precision: 10, scale: 2)) == "7.00")
        #expect(try ansi(.double(0.25), .decimal(precision: 5, scale: 3)) == "0.250")
        #expect(try ansi(.integer(-2), .decimal(precision: 10, scale: 0)) == "-2")
        #expect(try ansi(.boolean(true), .decimal(precision: 3, scale: 1)) == "1.0")
    }

    @Test func outOfDecimalTruncatesOrFails() throws {
        let d = Value.decimal(DecimalValue(unscaled: -1, precision: 10, scale: 2))
        #expect(try ansi(d, .integer) == "0")
        #expect(try ansi(d, .double) == "-0.01")
        #expect(try ansi(d, .string) == "-0.01")
        #expect(try ansi(d, .boolean) == "true")
        let big = Value.decimal(DecimalValue(unscaled: 999_999_999_900, precision: 14, scale: 2))
        do { _ = try ValueCast.ansiCast(big, to: .integer) } catch let error as SparkError {
            #expect(error.description == "[CAST_OVERFLOW] The value 9999999999.00BD of the type \"DECIMAL(14,2)\" cannot be cast to \"INT\" due to an overflow. Use `try_cast` to tolerate overflow and return NULL instead. SQLSTATE: 22003")
        } catch {}
        #expect(throws: SparkError.self) { try ValueCast.ansiCast(big, to: .integer) }
    }

    @Test func malformedAndTooLargeInputs() {
        do { _ = try ValueCast.ansiCast(.string("abc"), to: .decimal(precision: 10, scale: 2)) } catch let error as SparkError {
            #expect(error.description == "[CAST_INVALID_INPUT] The value 'abc' of the type \"STRING\" cannot be cast to \"DECIMAL(10,2)\" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead. SQLSTATE: 22018")
        } catch {}
        do { _ = try ValueCast.ansiCast(.double(1e30), to: .decimal(precision: 10, scale: 2)) } catch let error as SparkError {
            #expect(error.description.hasPrefix("[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]  1000000000000000000000000000000 cannot be represented as Decimal(10, 2)."))
        } catch {}
        #expect(throws: SparkError.self) { try ValueCast.ansiCast(.string("123456789.123"), to: .decimal(precision: 5, scale: 2)) }
        #expect(ValueCast.cast(.string("123456789.123"), to: .decimal(precision: 5, scale: 2)) == .null)
    }
}
