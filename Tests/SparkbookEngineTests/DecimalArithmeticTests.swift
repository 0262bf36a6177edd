import Testing
@testable import SparkbookEngine

/// Values and messages recorded from PySpark 4.3 (ANSI on).
struct DecimalArithmeticTests {
    private func dec(_ text: String, _ p: Int, _ s: Int) -> Value {
        .decimal(DecimalCast.decimal(from: .string(text), precision: p, scale: s)!)
    }

    private func text(_ v: Value) -> String {
        if case .decimal(let d) = v { return d.plainText }
        return "\(v)"
    }

    @Test func exactResultsRoundedHalfUpToTheResultScale() throws {
        let a = dec("12.50", 10, 2), b = dec("12.500", 5, 3)
        #expect(text(try DecimalArithmetic.apply(.multiply, a, b, precision: 16, scale: 5)) == "156.25000")
        #expect(text(try DecimalArithmetic.apply(.divide, a, .integer(3), precision: 21, scale: 13)) == "4.1666666666667")
        #expect(text(try DecimalArithmetic.apply(.divide, dec("-0.01", 10, 2), .integer(-2), precision: 21, scale: 13)) == "0.0050000000000")
        #expect(text(try DecimalArithmetic.apply(.subtract, a, .integer(100000), precision: 11, scale: 2)) == "-99987.50")
        #expect(text(try DecimalArithmetic.apply(.modulo, dec("-7.5", 10, 2), .integer(2), precision: 10, scale: 2)) == "-1.50")
        #expect(try DecimalArithmetic.apply(.add, a, .null, precision: 11, scale: 2) == .null)
    }

    @Test func productsPast38DigitsAreRoundedToTheAdjustedScale() throws {
        let x = dec("10000000000", 38, 18)
        #expect(text(try DecimalArithmetic.apply(.multiply, x, x, precision: 38, scale: 6)) == "100000000000000000000.000000")
    }

    @Test func overflowIsSparksOutOfRangeError() {
        let a = dec("99999999.99", 10, 2)
        #expect(throws: SparkError.self) { try DecimalArithmetic.apply(.multiply, a, a, precision: 12, scale: 2) }
        do { _ = try DecimalArithmetic.apply(.multiply, a, a, precision: 12, scale: 2) } catch let error as SparkError {
            #expect(error.description == "[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]  9999999998000000.0001 cannot be represented as Decimal(12, 2). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL instead. SQLSTATE: 22003")
        } catch {}
    }

    @Test func zeroDivisorsAreErrors() {
        let a = dec("1.00", 10, 2), zero = dec("0.00", 10, 2)
        do { _ = try DecimalArithmetic.apply(.divide, a, zero, precision: 23, scale: 13) } catch let error as SparkError {
            #expect(error.errorClass == "DIVIDE_BY_ZERO")
        } catch {}
        do { _ = try DecimalArithmetic.apply(.modulo, a, zero, precision: 10, scale: 2) } catch let error as SparkError {
            #expect(error.errorClass == "REMAINDER_BY_ZERO")
        } catch {}
        #expect(throws: SparkError.self) { try DecimalArithmetic.apply(.modulo, a, zero, precision: 10, scale: 2) }
    }

    @Test func comparesExactlyAcrossScales() {
        #expect(DecimalArithmetic.compare(dec("1.10", 10, 2), dec("1.1", 10, 1)) == 0)
        #expect(DecimalArithmetic.compare(dec("-0.01", 10, 2), .integer(0)) == -1)
        #expect(DecimalArithmetic.compare(.long(3), dec("2.999", 10, 3)) == 1)
        #expect(ValueOrdering.compare(dec("12.50", 10, 2), dec("12.5", 4, 1)) == 0)
    }
}
