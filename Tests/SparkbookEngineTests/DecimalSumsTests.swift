import Testing
@testable import SparkbookEngine

struct DecimalSumsTests {
    @Test func sumChecksEveryRunningTotalAgainstItsType() throws {
        var sums = DecimalSums(input: (precision: 38, scale: 2), checksRunningTotal: true)
        sums.addGroup()
        let nines = Int128("99999999999999999999999999999999999999")!
        try sums.add(nines, to: 0)
        do { try sums.add(nines, to: 0) } catch let error as SparkError {
            // Recorded from PySpark 4.3: sum over two rows of the largest decimal(38,2).
            #expect(error.description.hasPrefix("[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]  1999999999999999999999999999999999999.98 cannot be represented as Decimal(38, 2)."))
        }
        #expect(throws: SparkError.self) { try sums.add(nines, to: 0) }
    }

    @Test func averageRoundsHalfUpIntoItsType() throws {
        var sums = DecimalSums(input: (precision: 10, scale: 3), checksRunningTotal: false)
        sums.addGroup()
        for v: Int128 in [1100, 2250, 10] { try sums.add(v, to: 0) }
        #expect(sums.sum(of: 0) == .decimal(DecimalValue(unscaled: 3360, precision: 20, scale: 3)))
        let mean = try sums.average(of: 0, count: 3, into: DecimalPrecision.average(10, 3))
        #expect(mean == .decimal(DecimalValue(unscaled: 11_200_000, precision: 14, scale: 7)))
        #expect(try sums.average(of: 0, count: 0, into: DecimalPrecision.average(10, 3)) == .null)
    }
}

extension DecimalSumsTests {
    /// `try_sum`/`try_avg`: a sum out of its type's range is null (PySpark 4.3.0's docstrings).
    @Test func tolerantSumsAreNullPastTheirType() throws {
        let ones = Int128("11111111111111111111111111111111111111")!
        var sums = DecimalSums(input: (precision: 38, scale: 0), checksRunningTotal: true, tolerant: true)
        sums.addGroup()
        for _ in 0..<10 { try sums.add(ones, to: 0) }
        #expect(sums.sum(of: 0) == .null)
        var averages = DecimalSums(input: (precision: 38, scale: 0), checksRunningTotal: false, tolerant: true)
        averages.addGroup()
        try averages.add(ones, to: 0)
        #expect(try averages.average(of: 0, count: 2, into: DecimalPrecision.average(38, 0)) == .null)
    }
}
