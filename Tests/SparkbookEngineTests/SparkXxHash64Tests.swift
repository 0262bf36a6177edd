import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0 (`xxhash64(...)`, seed 42).
@Suite struct SparkXxHash64Tests {
    @Test func valuesByType() {
        #expect(SparkXxHash64.hash([.string("ABC")]) == 4105715581806190027)
        #expect(SparkXxHash64.hash([.string("ABC"), .string("DEF")]) == 3233247871021311208)
        #expect(SparkXxHash64.hash([.integer(1)]) == -6698625589789238999)
        #expect(SparkXxHash64.hash([.long(1)]) == -7001672635703045582)
        #expect(SparkXxHash64.hash([.boolean(true)]) == -6698625589789238999)
        #expect(SparkXxHash64.hash([.null]) == 42)
        #expect(SparkXxHash64.hash([.string("")]) == -7444071767201028348)
        #expect(SparkXxHash64.hash([.float(1.5)]) == 6163473420726370430)
        #expect(SparkXxHash64.hash([.date(18262)]) == 2299834470729022467)
        #expect(SparkXxHash64.hash([.array([.integer(1), .integer(2)])]) == -8133857028838179022)
        #expect(SparkXxHash64.hash([.byte(3), .short(4)]) == -3186425882222028574)
        #expect(SparkXxHash64.hash([.decimal(DecimalValue(unscaled: 125, precision: 3, scale: 1))]) == 2287599437899865974)
        #expect(SparkXxHash64.hash([.timestamp(1_577_836_800_000_000)]) == 7881863312764026046)
    }

    @Test func longStringsUseTheStripes() {
        // 40 bytes: one 32-byte stripe, one word.
        let text = String(repeating: "abcdefghij", count: 4)
        #expect(SparkXxHash64.hash([.string(text)]) != SparkXxHash64.hash([.string(String(text.dropLast()))]))
    }
}
