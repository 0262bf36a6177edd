/// Java's `Double.toString` and `Float.toString`, which Spark uses for every double and float it prints.
///
/// Layout (Java spec): `NaN`, `Infinity`, `-Infinity`, `0.0`, `-0.0`; for 10^-3 <= |x| < 10^7 plain digits with at
/// least one digit after the point (`500.0`, `1042472.5`); otherwise one digit, a point, at least one more digit,
/// `E` and the exponent (`1.253782689E7`, `1.0E-4`). Digits are the shortest that round-trip (JDK 19+ behaviour;
/// JDK 17 prints a longer form for a handful of values such as 2.0E23).
public enum JavaNumberText {
    public static func double(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let digits = ShortestDecimalDigits(value)
            .javaPreferringTwoDigits(roundTrips: { Double($0) == value }, exactValue: value)
        return layout(digits, magnitude: Swift.abs(value))
    }

    public static func float(_ value: Float) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        // Java 17 prints a float holding a large integer with its exact digits (`1.23456792E8`).
        if let integral = JavaFloatText.integralText(Swift.abs(value)) {
            var digits = ShortestDecimalDigits(description: integral)
            digits.isNegative = value < 0
            return layout(digits, magnitude: Double(Swift.abs(value)))
        }
        let digits = ShortestDecimalDigits(value)
            .javaPreferringTwoDigits(roundTrips: { Float($0) == value }, exactValue: Double(value))
        return layout(digits, magnitude: Double(Swift.abs(value)))
    }

    private static func layout(_ number: ShortestDecimalDigits, magnitude: Double) -> String {
        let sign = number.isNegative ? "-" : ""
        let digitText = number.digits.map { String($0) }.joined()
        if magnitude == 0 { return sign + "0.0" }
        if magnitude >= 1e-3 && magnitude < 1e7 {
            let point = number.pointPosition
            if point <= 0 {
                return sign + "0." + String(repeating: "0", count: -point) + digitText
            }
            if point >= digitText.count {
                return sign + digitText + String(repeating: "0", count: point - digitText.count) + ".0"
            }
            let cut = digitText.index(digitText.startIndex, offsetBy: point)
            return sign + digitText[..<cut] + "." + digitText[cut...]
        }
        let first = digitText.prefix(1)
        let rest = digitText.dropFirst()
        return sign + first + "." + (rest.isEmpty ? "0" : rest) + "E" + String(number.pointPosition - 1)
    }
}
