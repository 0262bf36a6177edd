import Testing
@testable import SparkbookEngine

struct WideIntegerTests {
    @Test func productsPastInt128KeepEveryDigit() {
        let big = WideInteger(Int128("99999999999999999999999999999999999999")!)
        let square = big * big
        #expect(square.int128 == nil)
        #expect(square.magnitudeDigits == "9999999999999999999999999999999999999800000000000000000000000000000000000001")
        #expect((-big * big).negative)
    }

    @Test func divisionTruncatesTowardsZeroAndRemainderFollowsTheDividend() {
        let (q, r) = WideInteger(-7).quotientAndRemainder(dividingBy: WideInteger(2))
        #expect(q.int128 == -3)
        #expect(r.int128 == -1)
        let wide = WideInteger.power10(50) + WideInteger(7)
        let (q2, r2) = wide.quotientAndRemainder(dividingBy: .power10(25))
        #expect(q2.int128 == Int128("10000000000000000000000000")!)
        #expect(r2.int128 == 7)
    }

    @Test func sumsAndDifferencesAcrossSigns() {
        #expect((WideInteger(5) - WideInteger(8)).int128 == -3)
        #expect((WideInteger(-5) + WideInteger(-8)).int128 == -13)
        #expect((WideInteger(Int128.max) + WideInteger(1)).int128 == nil)
        #expect((WideInteger(Int128.min)).int128 == Int128.min)
        #expect((WideInteger(3) - WideInteger(3)).isZero)
        #expect(WideInteger(0).magnitudeDigits == "0")
    }
}
