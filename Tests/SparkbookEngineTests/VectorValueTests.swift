import Testing
@testable import SparkbookEngine

/// Kernel operands: a column's typed buffer or a literal's single value, and the loop that reports a failing
/// row only where the row has a value.
struct VectorValueTests {
    @Test func aLiteralIsOneSharedValue() {
        let k = VectorValue(literal: .integer(7), type: .integer)
        guard case .all(let v) = k.int32s else { Issue.record("a shared lane"); return }
        #expect(v == 7 && k.validity == nil && !k.isNullScalar)
        #expect(k.column(count: 3).value(at: 2) == .integer(7))
        #expect(VectorValue(literal: .null, type: .long).isNullScalar)
        #expect(k.int64s == nil)
    }

    @Test func mapCoversEveryShape() {
        let column = Lane<Int64>.each([1, 2, 3]), shared = Lane<Int64>.all(10)
        #expect(Lane.map(column, column, count: 3) { $0 + $1 } == [2, 4, 6])
        #expect(Lane.map(column, shared, count: 3) { $0 - $1 } == [-9, -8, -7])
        #expect(Lane.map(shared, column, count: 3) { $0 - $1 } == [9, 8, 7])
        #expect(Lane.map(shared, shared, count: 2) { $0 * $1 } == [100, 100])
        #expect(Lane.map(column, column, count: 0) { $0 + $1 } == [])
    }

    @Test func aFailureCountsOnlyInARowWithAValue() {
        var validity = ValidityMask(allValid: 3)
        validity.setNull(1)
        let divisors = Lane<Double>.each([2, 0, 4])
        let nullZero = Lane.map(Lane<Double>.all(1), divisors, count: 3, validity: validity, { $0 / $1 }) { $1 == 0 }
        #expect(!nullZero.failed && nullZero.values[0] == 0.5)
        let valid = Lane.map(Lane<Double>.all(1), divisors, count: 3, validity: nil, { $0 / $1 }) { $1 == 0 }
        #expect(valid.failed)
    }

    @Test func nullSlotsAreZeroedAsTheBuilderLeavesThem() {
        var validity = ValidityMask(allValid: 70)
        validity.setNull(0)
        validity.setNull(65)
        var values = [Int64](repeating: 5, count: 70)
        values.zeroNulls(validity)
        #expect(values[0] == 0 && values[65] == 0 && values[1] == 5 && values.reduce(0, +) == 5 * 68)
        var flags = [Bool](repeating: true, count: 70)
        flags.clearNulls(validity)
        #expect(flags.filter { $0 }.count == 68)
    }
}
