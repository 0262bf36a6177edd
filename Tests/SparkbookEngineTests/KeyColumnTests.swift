import Testing
@testable import SparkbookEngine

/// A key column's equality is Spark's after `NormalizeFloatingNumbers`: grouping and joining treat every NaN
/// as one key and -0.0 as 0.0 (PySpark 4.3 joins NaN to NaN and -0.0 to 0.0), and nulls group but never join.
struct KeyColumnTests {
    static let doubles: KeyColumn = {
        var validity = ValidityMask(allValid: 6)
        validity.setNull(5)
        return KeyColumn(ColumnVector(dataType: .double, storage: .float64([.nan, -.nan, -0.0, 0.0, 1.5, 0]),
                                      validity: validity))
    }()

    @Test func nanEqualsNanAndNegativeZeroEqualsZero() {
        let k = Self.doubles
        #expect(k.equal(0, 1))
        #expect(k.equal(2, 3))
        #expect(!k.equal(0, 4))
        #expect(!k.equal(3, 4))
        #expect(k.equal(5, 5))
    }

    @Test func joinsMatchNanAndZerosButNeverNulls() {
        let k = Self.doubles
        #expect(k.joinEqual(0, to: k, 1))
        #expect(k.joinEqual(2, to: k, 3))
        #expect(!k.joinEqual(1, to: k, 4))
        #expect(!k.joinEqual(5, to: k, 5))
    }

    @Test func equalKeysHashAlike() {
        let k = Self.doubles
        #expect(k.hash(0, seed: 42) == k.hash(1, seed: 42))
        #expect(k.hash(2, seed: 42) == k.hash(3, seed: 42))
    }
}
