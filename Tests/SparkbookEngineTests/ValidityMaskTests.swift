import Testing
@testable import SparkbookEngine

/// One bit per row across 64-bit words.
struct ValidityMaskTests {
    @Test func appendAcrossWordBoundaries() {
        var mask = ValidityMask()
        for row in 0..<130 { mask.append(row % 3 != 0) }
        #expect(mask.count == 130)
        #expect(mask.words.count == 3)
        #expect(mask.isValid(1) && !mask.isValid(63) && mask.isValid(64) && !mask.isValid(129))
        #expect(mask.nullCount == 44)
    }

    @Test func allValidCountsNoNullsEvenWithSpareBits() {
        let mask = ValidityMask(allValid: 70)
        #expect(mask.words.count == 2)
        #expect(mask.nullCount == 0)
        #expect(mask.isValid(69))
    }

    @Test func setNullClearsOneBit() {
        var mask = ValidityMask(allValid: 70)
        mask.setNull(64)
        mask.setNull(0)
        #expect(!mask.isValid(64) && !mask.isValid(0) && mask.isValid(65))
        #expect(mask.nullCount == 2)
    }

    @Test func emptyMask() {
        #expect(ValidityMask().count == 0)
        #expect(ValidityMask().nullCount == 0)
        #expect(ValidityMask(allValid: 0).words.isEmpty)
    }
}
