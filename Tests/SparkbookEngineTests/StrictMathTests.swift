import Foundation
import Testing
@testable import SparkbookEngine

/// Reference values are Java 17's `StrictMath` results (the bits Spark computes).
@Suite struct StrictMathTests {
    @Test func logMatchesJavaWhereThePlatformDiffers() {
        #expect(StrictMath.log(3) == 1.0986122886681096)
        #expect(StrictMath.log(3) / StrictMath.log(10) == 0.4771212547196623)
        #expect(StrictMath.log(2) == 0.6931471805599453)
        #expect(StrictMath.log(1) == 0)
    }

    @Test func specialValues() {
        #expect(StrictMath.log(0) == -.infinity)
        #expect(StrictMath.log(-1).isNaN)
        #expect(StrictMath.log(.infinity) == .infinity)
        #expect(StrictMath.log10(1000) == 3)
        #expect(StrictMath.log10(Double.leastNonzeroMagnitude) == -323.3062153431158)
        #expect(StrictMath.exp(0) == 1)
        #expect(StrictMath.exp(-.infinity) == 0)
        #expect(StrictMath.exp(710) == .infinity)
    }

    @Test func expMatchesJava() {
        #expect(StrictMath.exp(3) == 20.085536923187668)
        #expect(StrictMath.exp(-1) == 0.36787944117144233)
        #expect(StrictMath.exp(1) == 2.7182818284590455)
    }
}
