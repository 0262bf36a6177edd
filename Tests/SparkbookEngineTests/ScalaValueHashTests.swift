import Testing
@testable import SparkbookEngine

/// Scala's `##` of Spark's stored values; expected hashes printed by the JVM of PySpark 4.3.0 (`Decimal.hashCode`,
/// `UTF8String.hashCode`, `BigInteger.hashCode`) or given by Java's definitions.
@Suite struct ScalaValueHashTests {
    @Test func integralValuesHashAsTheirIntWhenTheyFitOne() {
        #expect(ScalaValueHash.hash(.integer(-7)) == -7)
        #expect(ScalaValueHash.hash(.date(19723)) == 19723)
        #expect(ScalaValueHash.hash(.long(-5)) == -5)
        // Long.hashCode: low word XOR high word.
        #expect(ScalaValueHash.hash(.long(1 << 40)) == 256)
        #expect(ScalaValueHash.hash(.timestamp(4_294_967_297)) == 0)
    }

    @Test func booleansHashAsJavaBooleans() {
        #expect(ScalaValueHash.hash(.boolean(true)) == 1231)
        #expect(ScalaValueHash.hash(.boolean(false)) == 1237)
    }

    @Test func stringsHashAsUTF8String() {
        #expect(ScalaValueHash.hash(.string("k2")) == 1_219_544_257)
    }

    @Test func doublesHashByTheirNormalizedBits() {
        #expect(ScalaValueHash.hash(.double(-0.0)) == 0)
        #expect(ScalaValueHash.hash(.double(1.5)) == 0x3FF8_0000)
        #expect(ScalaValueHash.hash(.double(-.nan)) == 0x7FF8_0000)
        #expect(ScalaValueHash.hash(.float(0.5)) == 0x3F00_0000)
    }

    @Test func floatingValuesAreOneElementPerNormalizedValue() {
        #expect(ScalaValueHash.identity(.double(-0.0)) == ScalaValueHash.identity(.double(0.0)))
        #expect(ScalaValueHash.identity(.double(.nan)) == ScalaValueHash.identity(.double(-.nan)))
        #expect(ScalaValueHash.normalized(.double(-0.0)) == .double(0.0))
    }

    /// `Decimal("1234567890.1234567")`, `"0.50"`, `"16"`, a 30-digit integer, `"-98765432109876543.21"`, `"0.1"`.
    @Test(arguments: [(Int128(12_345_678_901_234_567), 7, Int32(-178_945_225)), (50, 2, 1_056_964_608), (16, 0, 16),
                      (123_456_789_012_345_678_901_234_567_890, 0, 1_915_528_825),
                      (-9_876_543_210_987_654_321, 2, 1_754_607_805), (1, 1, -1_507_852_285)])
    func decimalsHashAsScalaBigDecimal(unscaled: Int128, scale: Int, expected: Int32) {
        let decimal = DecimalValue(unscaled: unscaled, precision: 38, scale: scale)
        #expect(ScalaValueHash.hash(.decimal(decimal)) == expected)
    }

    @Test func bigIntegerHashFoldsMagnitudeWords() {
        #expect(ScalaValueHash.bigIntegerHash(4_294_967_301) == 36)
        #expect(ScalaValueHash.bigIntegerHash(-4_294_967_301) == -36)
    }
}
