import Testing
@testable import SparkbookEngine

struct DecimalValueTests {
    @Test(arguments: [
        (Int128(1250), 2, "12.50"), (Int128(-1), 2, "-0.01"), (Int128(0), 3, "0.000"), (Int128(1), 8, "0.00000001"),
        (Int128(42), 0, "42"),
    ])
    func plainTextKeepsTheScale(_ unscaled: Int128, _ scale: Int, _ expected: String) {
        #expect(DecimalValue(unscaled: unscaled, precision: 38, scale: scale).plainText == expected)
    }

    /// Java's `BigDecimal.toString`, as Spark names `lit(Decimal(...))` columns (recorded from PySpark 4.3).
    @Test(arguments: [
        (Int128(1), 8, "1E-8"), (Int128(1), 7, "1E-7"), (Int128(1), 6, "0.000001"), (Int128(1234500), 4, "123.4500"),
        (Int128(-15), 9, "-1.5E-8"),
    ])
    func javaTextTurnsScientificBelowOneMillionth(_ unscaled: Int128, _ scale: Int, _ expected: String) {
        #expect(DecimalValue(unscaled: unscaled, precision: 38, scale: scale).javaText == expected)
    }

    @Test func fittingRoundsHalfUpAndRefusesTooManyDigits() {
        let value = WideInteger(2345) // 2.345
        #expect(DecimalValue.fitting(value, fromScale: 3, precision: 10, scale: 2)?.unscaled == 235)
        #expect(DecimalValue.fitting(-value, fromScale: 3, precision: 10, scale: 2)?.unscaled == -235)
        #expect(DecimalValue.fitting(WideInteger(2344), fromScale: 3, precision: 10, scale: 2)?.unscaled == 234)
        #expect(DecimalValue.fitting(WideInteger(9999999999), fromScale: 2, precision: 6, scale: 1) == nil)
        #expect(DecimalValue.fitting(WideInteger(15), fromScale: 1, precision: 4, scale: 3)?.unscaled == 1500)
    }

    @Test func parsesJavaBigDecimalText() {
        #expect(DecimalValue.parse("12.50").map { [$0.0.int128, Int128($0.1)] } == [1250, 2])
        #expect(DecimalValue.parse("-.5").map { [$0.0.int128, Int128($0.1)] } == [-5, 1])
        #expect(DecimalValue.parse("1.0E10").map { [$0.0.int128, Int128($0.1)] } == [10, -9])
        #expect(DecimalValue.parse("1e-3").map { [$0.0.int128, Int128($0.1)] } == [1, 3])
        #expect(DecimalValue.parse("abc") == nil)
        #expect(DecimalValue.parse("1.2.3") == nil)
        #expect(DecimalValue.parse("") == nil)
    }

    @Test func truncationKeepsSignificantDigits() {
        let (value, scale) = DecimalValue.truncated(WideInteger(123456789), scale: 2, toDigits: 4)
        #expect(value.int128 == 1234)
        #expect(scale == -3)
        #expect(DecimalValue.plainText(value, scale: scale) == "1234000")
    }

    @Test func integralPartTruncates() {
        #expect(DecimalValue(unscaled: -1999, precision: 10, scale: 3).integralPart == -1)
        #expect(DecimalValue(unscaled: 1250, precision: 10, scale: 2).doubleValue == 12.5)
    }
}
