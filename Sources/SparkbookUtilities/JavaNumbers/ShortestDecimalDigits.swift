import Foundation

/// The shortest decimal digits that read back as the same binary floating-point number, with the position of
/// the decimal point. Java's `Double.toString` and Python's `repr(float)` both print these digits and differ only
/// in layout, so both printers start here.
///
/// Swift's `description` already yields the shortest round-trip digits; this type only takes them apart.
public struct ShortestDecimalDigits: Equatable {
    /// Significant digits without leading or trailing zeros, e.g. `"125"` for 0.0125; `"0"` for zero.
    public var digits: [UInt8]
    /// The value is `0.d1d2d3... * 10^pointPosition` (so 0.0125 has pointPosition -1, 500 has 3).
    public var pointPosition: Int
    public var isNegative: Bool

    /// Takes apart a finite value's Swift `description` ("1e-05", "1.7976931348623157e+308", "100.0", "-0.0").
    public init(description: String) {
        var text = Substring(description)
        isNegative = text.hasPrefix("-")
        if isNegative { text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let intPart = text.prefix { $0 != "." }
        let fracPart = text.dropFirst(intPart.count).dropFirst()
        var all = (intPart + fracPart).compactMap { $0.wholeNumberValue.map(UInt8.init) }
        var point = intPart.count + exponent
        while all.first == 0 {
            all.removeFirst()
            point -= 1
        }
        while all.last == 0 { all.removeLast() }
        if all.isEmpty {
            digits = [0]
            pointPosition = 1
        } else {
            digits = all
            pointPosition = point
        }
    }

    public init(_ value: Double) { self.init(description: value.description) }
    public init(_ value: Float) { self.init(description: value.description) }

    /// Java (JDK 19+ spec) never prints a single significant digit when a two-digit decimal is closer to the
    /// binary value: `4.9E-324`, not `5.0E-324`. Only values with very few significant bits (subnormals) hit this.
    public func javaPreferringTwoDigits(roundTrips: (String) -> Bool, exactValue: Double) -> ShortestDecimalDigits {
        guard digits.count == 1, digits != [0] else { return self }
        let candidate = String(format: "%.1e", exactValue)
        guard roundTrips(candidate) else { return self }
        let twoDigits = ShortestDecimalDigits(description: candidate)
        return twoDigits.digits.count == 2 ? twoDigits : self
    }
}
