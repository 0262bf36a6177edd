import Foundation
import Testing
@testable import SparkbookEngine

/// Reference values are Java 17's `StrictMath.cosh` results (jshell), the bits Spark's `cosh` computes.
@Suite struct StrictMathCoshTests {
    @Test func matchesJavaWhereThePlatformDiffers() {
        #expect(StrictMath.cosh(1) == 1.543080634815244)
        #expect(Foundation.cosh(1.0) != 1.543080634815244, "the platform agrees with Java: this test proves nothing")
        #expect(StrictMath.cosh(-1) == 1.543080634815244)
    }

    @Test func everyRangeOfTheAlgorithm() {
        #expect(StrictMath.cosh(1e-20) == 1)
        #expect(StrictMath.cosh(0.3) == 1.0453385141288605)
        #expect(StrictMath.cosh(2.5) == 6.132289479663686)
        #expect(StrictMath.cosh(10) == 11013.232920103324)
        #expect(StrictMath.cosh(30) == 5.343237290762231e12)
        #expect(StrictMath.cosh(710) == 1.1169973830808557e308)
        #expect(StrictMath.cosh(711) == .infinity)
        #expect(StrictMath.cosh(.nan).isNaN)
        #expect(StrictMath.cosh(-.infinity) == .infinity)
    }
}
