import Testing
@testable import SparkbookEngine

/// Masks combined a word at a time.
struct ValidityMaskCombiningTests {
    func mask(_ count: Int, nulls: [Int]) -> ValidityMask {
        var m = ValidityMask(allValid: count)
        for row in nulls { m.setNull(row) }
        return m
    }

    @Test func theIntersectionIsNullWhereEitherIs() {
        let both = ValidityMask.intersection(mask(130, nulls: [0, 64]), mask(130, nulls: [64, 129]))
        #expect(both?.nullCount == 3)
        #expect(both.map { m in [0, 64, 129].allSatisfy { !m.isValid($0) } && m.isValid(1) } == true)
    }

    @Test func aMaskWithoutNullsIsDropped() {
        #expect(ValidityMask.intersection(nil, nil) == nil)
        #expect(ValidityMask.intersection(mask(10, nulls: []), nil) == nil)
        #expect(ValidityMask.intersection(nil, mask(10, nulls: [3]))?.nullCount == 1)
    }

    @Test func forEachNullVisitsNullRowsInOrderAcrossWords() {
        var rows: [Int] = []
        mask(200, nulls: [199, 3, 63, 64, 128]).forEachNull { rows.append($0) }
        #expect(rows == [3, 63, 64, 128, 199])
        var none: [Int] = []
        ValidityMask(allValid: 64).forEachNull { none.append($0) }
        #expect(none.isEmpty)
    }

    @Test func allNullHasEveryRowNull() {
        let m = ValidityMask(allNull: 70)
        #expect(m.nullCount == 70 && m.count == 70)
        var rows = 0
        m.forEachNull { _ in rows += 1 }
        #expect(rows == 70)
    }
}
