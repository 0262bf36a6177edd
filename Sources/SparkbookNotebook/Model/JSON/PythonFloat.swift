import Foundation

/// Python's `repr(float)`: the shortest round-tripping digits, in fixed notation for
/// exponents -4...15 and scientific notation (`1e-05`, `1.5e+16`) outside that range.
///
/// Both JSON output (papermill durations) and injected parameters (`alpha = 0.5`) must read as Python wrote them.
public enum PythonFloat {
    public static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let (digits, exponent) = shortestDigits(abs(value))
        let sign = value < 0 ? "-" : ""
        // value = 0.d1d2d3... x 10^exponent, so the scientific exponent is exponent - 1.
        let scientific = exponent - 1
        if scientific < -4 || scientific >= 16 {
            let mantissa = digits.count == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
            let expSign = scientific < 0 ? "-" : "+"
            let expDigits = String(abs(scientific))
            return sign + mantissa + "e" + expSign + (expDigits.count < 2 ? "0" : "") + expDigits
        }
        if exponent <= 0 {
            return sign + "0." + String(repeating: "0", count: -exponent) + digits
        }
        if exponent >= digits.count {
            return sign + digits + String(repeating: "0", count: exponent - digits.count) + ".0"
        }
        return sign + digits.prefix(exponent) + "." + digits.dropFirst(exponent)
    }

    /// JSON spelling used by Python's `json` module: like `repr`, with `NaN`/`Infinity` for the specials.
    public static func jsonRepr(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return repr(value)
    }

    /// Decomposes Swift's shortest round-trip description into significant digits and a decimal exponent.
    private static func shortestDigits(_ value: Double) -> (digits: String, exponent: Int) {
        let text = value.description  // e.g. "1234.5", "1e-05", "1.2345678901234568e+17"
        let parts = text.lowercased().split(separator: "e", maxSplits: 1)
        let mantissa = String(parts[0])
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = String(pieces[0])
        let fractionPart = pieces.count > 1 ? String(pieces[1]) : ""
        var digits = integerPart + fractionPart
        exponent += integerPart.count
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, exponent)
    }
}
