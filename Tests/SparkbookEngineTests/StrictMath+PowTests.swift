import Testing
@testable import SparkbookEngine

/// Reference values are Java 17's `StrictMath.pow` results, where the platform's `pow` differs in the last digit.
@Suite struct StrictMathPowTests {
    @Test func matchesJavaWhereThePlatformDiffers() {
        #expect(StrictMath.pow(1.8679508077488176, 0.6593286024174443) == 1.5097985118640747)
        #expect(StrictMath.pow(-9.335838395476804, -2.0) == 0.011473432082986703)
        #expect(StrictMath.pow(-3.457472586625936, -3.0) == -0.024194896231948912)
    }

    @Test func specialCases() {
        #expect(StrictMath.pow(0, 0) == 1)
        #expect(StrictMath.pow(.nan, 0) == 1)
        #expect(StrictMath.pow(-8, 1.0 / 3).isNaN)
        #expect(StrictMath.pow(-2, 3) == -8)
        #expect(StrictMath.pow(1.0000001, 1e9) == 2.6881038582144647e43)
        #expect(StrictMath.pow(2, 1024) == .infinity)
        #expect(StrictMath.pow(-0.0, -1) == -.infinity)
        #expect(StrictMath.pow(4, 0.5) == 2)
    }
}
