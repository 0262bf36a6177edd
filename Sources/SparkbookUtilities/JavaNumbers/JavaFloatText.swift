import Foundation

/// The one exception to shortest digits in Java 17's `Float.toString` (`JavaNumberText.float` uses it): a float
/// holding an integer below 2^63 prints its exact digits, rounded only past what the float's 24 bits can tell
/// apart (`1.23456792E8` where the shortest digits would be `1.2345679E8`).
public enum JavaFloatText {
    /// Java's fast path for a float holding an integer of binary exponent 24...62, as `digits` + `e` + the
    /// number of low digits rounded away (floor(p * log10(2)) for the p bits past 25); nil for other floats,
    /// whose shortest digits Java prints.
    public static func integralText(_ f: Float) -> String? {
        let binaryExponent = Int(f.exponent)
        guard f == f.rounded(.towardZero), (24...62).contains(binaryExponent) else { return nil }
        var value = UInt64(f)
        let excessBits = binaryExponent - Float.significandBitCount - 2
        let insignificant = excessBits > 1 ? Int(Double(excessBits) * log10(2.0)) : 0
        var power: UInt64 = 1
        for _ in 0..<insignificant { power *= 10 }
        let residue = value % power
        value /= power
        if insignificant > 0 && residue >= power / 2 { value += 1 }
        return "\(value)e\(insignificant)"
    }
}
