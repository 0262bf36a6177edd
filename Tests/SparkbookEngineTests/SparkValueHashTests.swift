import Testing
@testable import SparkbookEngine

/// Expected hashes were printed by PySpark 4.3.0's `hash(...)` for the same literals.
struct SparkValueHashTests {
    @Test func eachTypeHashesAsSparksMurmur3HashExpression() {
        #expect(SparkValueHash.hash([.double(1.5)]) == 1_290_763_749)
        #expect(SparkValueHash.hash([.double(-0.0)]) == -1_670_924_195)
        #expect(SparkValueHash.hash([.double(0.0)]) == -1_670_924_195)
        #expect(SparkValueHash.hash([.boolean(true)]) == -559_580_957)
        #expect(SparkValueHash.hash([.null]) == 42)
        #expect(SparkValueHash.hash([.float(1.5)]) == -221_251_528)
        #expect(SparkValueHash.hash([.date(19724)]) == -21_057_580)
        #expect(SparkValueHash.hash([.array([.integer(1), .integer(2)])]) == -222_940_379)
    }

    @Test func decimalsHashByPrecision() {
        #expect(SparkValueHash.hash([.decimal(DecimalValue(unscaled: 125, precision: 10, scale: 2))]) == 1_910_520_950)
        #expect(SparkValueHash.hash([.decimal(DecimalValue(unscaled: 125, precision: 30, scale: 2))]) == -1_153_375_511)
    }

    @Test func severalValuesChainTheirSeeds() {
        #expect(SparkValueHash.hash([.integer(1), .string("a")]) == -936_062_819)
    }

    @Test func bigIntegerBytesAreMinimalTwosComplement() {
        #expect(SparkValueHash.bigEndianBytes(125) == [0x7d])
        #expect(SparkValueHash.bigEndianBytes(128) == [0x00, 0x80])
        #expect(SparkValueHash.bigEndianBytes(-1) == [0xff])
        #expect(SparkValueHash.bigEndianBytes(-129) == [0xff, 0x7f])
        #expect(SparkValueHash.bigEndianBytes(0) == [0x00])
    }
}
