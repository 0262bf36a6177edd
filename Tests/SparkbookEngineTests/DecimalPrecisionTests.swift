import Testing
@testable import SparkbookEngine

/// Result types recorded from PySpark 4.3 (`df.dtypes`).
struct DecimalPrecisionTests {
    @Test func arithmeticResultTypes() {
        let a = (p: 10, s: 2), b = (p: 5, s: 3)
        #expect(DecimalPrecision.result(of: .add, a, a) == .decimal(precision: 11, scale: 2))
        #expect(DecimalPrecision.result(of: .subtract, a, b) == .decimal(precision: 12, scale: 3))
        #expect(DecimalPrecision.result(of: .multiply, a, b) == .decimal(precision: 16, scale: 5))
        #expect(DecimalPrecision.result(of: .divide, a, b) == .decimal(precision: 19, scale: 8))
        #expect(DecimalPrecision.result(of: .divide, a, a) == .decimal(precision: 23, scale: 13))
        #expect(DecimalPrecision.result(of: .modulo, a, b) == .decimal(precision: 5, scale: 3))
    }

    @Test func precisionLossKeepsIntegralDigitsAndAtLeastSixDecimals() {
        let wide = (p: 38, s: 18)
        #expect(DecimalPrecision.result(of: .multiply, wide, wide) == .decimal(precision: 38, scale: 6))
        #expect(DecimalPrecision.result(of: .divide, (38, 10), (20, 5)) == .decimal(precision: 38, scale: 6))
        #expect(DecimalPrecision.adjusted(40, 2) == .decimal(precision: 38, scale: 2))
    }

    @Test func integralOperandsAndLiterals() {
        #expect(DecimalPrecision.forIntegral(.integer) == .decimal(precision: 10, scale: 0))
        #expect(DecimalPrecision.forIntegral(.long) == .decimal(precision: 20, scale: 0))
        #expect(DecimalPrecision.forIntegral(.double) == nil)
        #expect(DecimalPrecision.forLiteral(.integer(100000)) == .decimal(precision: 6, scale: 0))
        #expect(DecimalPrecision.forLiteral(.integer(-2)) == .decimal(precision: 1, scale: 0))
        #expect(DecimalPrecision.forLiteral(.string("2")) == nil)
    }

    @Test func aggregatesAndWidening() {
        #expect(DecimalPrecision.sum(10, 2) == .decimal(precision: 20, scale: 2))
        #expect(DecimalPrecision.sum(38, 2) == .decimal(precision: 38, scale: 2))
        #expect(DecimalPrecision.average(10, 2) == .decimal(precision: 14, scale: 6))
        #expect(DecimalPrecision.average(38, 36) == .decimal(precision: 38, scale: 38))
        #expect(DecimalPrecision.wider((10, 2), (5, 3)) == .decimal(precision: 11, scale: 3))
    }
}
