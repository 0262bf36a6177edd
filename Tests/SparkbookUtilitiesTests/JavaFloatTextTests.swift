import Testing
import SparkbookUtilities

/// Java 17's `Float.toString`, as PySpark 4.3.0 printed these floats in show() and `cast("string")`.
struct JavaFloatTextTests {
    @Test func shortestDigitsInJavaLayout() {
        #expect(JavaNumberText.float(1.1) == "1.1")
        #expect(JavaNumberText.float(-0.5) == "-0.5")
        #expect(JavaNumberText.float(1.0e-5) == "1.0E-5")
        #expect(JavaNumberText.float(1.0e10) == "1.0E10")
        #expect(JavaNumberText.float(.nan) == "NaN")
        #expect(JavaNumberText.float(-.infinity) == "-Infinity")
    }

    @Test func largeIntegralFloatsKeepTheirExactDigits() {
        // 123456792 is the float nearest 123456789. Its shortest digits would be 1.2345679E8; Java 17 prints the
        // integer the float holds.
        #expect(JavaNumberText.float(123456792) == "1.23456792E8")
        #expect(JavaFloatText.integralText(1.5) == nil)
    }
}
