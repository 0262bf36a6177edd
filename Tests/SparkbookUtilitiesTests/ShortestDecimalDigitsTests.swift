import Testing
import SparkbookUtilities

@Suite struct ShortestDecimalDigitsTests {
    @Test(arguments: [
        ("1e-05", [UInt8(1)], -4, false), ("100.0", [1], 3, false), ("-0.0125", [1, 2, 5], -1, true),
        ("1.7976931348623157e+308", [1, 7, 9, 7, 6, 9, 3, 1, 3, 4, 8, 6, 2, 3, 1, 5, 7], 309, false),
        ("0.0", [0], 1, false), ("1042472.5", [1, 0, 4, 2, 4, 7, 2, 5], 7, false),
    ])
    func takesDescriptionsApart(_ text: String, _ digits: [UInt8], _ point: Int, _ negative: Bool) {
        let number = ShortestDecimalDigits(description: text)
        #expect(number.digits == digits)
        #expect(number.pointPosition == point)
        #expect(number.isNegative == negative)
    }

    @Test func prefersTwoDigitsWhenCloserLikeJava() {
        let tiny = Double.leastNonzeroMagnitude
        let digits = ShortestDecimalDigits(tiny).javaPreferringTwoDigits(roundTrips: { Double($0) == tiny }, exactValue: tiny)
        #expect(digits.digits == [4, 9])
        let one = ShortestDecimalDigits(1.0).javaPreferringTwoDigits(roundTrips: { Double($0) == 1.0 }, exactValue: 1.0)
        #expect(one.digits == [1])
    }
}
