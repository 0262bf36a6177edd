import Foundation
import SparkbookUtilities

/// `format_number(x, d)`: Java's `DecimalFormat` (Locale.US, HALF_EVEN) with the pattern `#,###,##0.000` of `d`
/// fractional digits, or the pattern `d` when it is a string (grouping, minimum integer digits, minimum and
/// maximum fraction digits); null for a negative `d`. A double rounds from Java's `Double.toString` digits, a tie
/// among them decided by the double's exact value, as `DecimalFormat` does.
enum FormatNumberFunction {
    static let function: any ScalarFunction = RowFunction("format_number", arity: 2...2, signature: { types, _ in
        guard types[0].isNumeric || types[0] == .null else {
            throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"NUMERIC\""), actual: types[0])
        }
        let pattern: DataType = types[1] == .string ? .string : .integer
        return FunctionSignature(inputs: [types[0], pattern], result: .string)
    }) { v, _ in
        guard let pattern = Pattern(v[1]) else { return .null }
        return .string(format(v[0], pattern))
    }

    struct Pattern {
        var grouping: Int?
        var minInteger = 1
        var minFraction: Int
        var maxFraction: Int

        init?(_ value: Value) {
            if let d = value.int64Value {
                guard d >= 0 else { return nil }
                grouping = 3
                minFraction = Int(d)
                maxFraction = Int(d)
                return
            }
            var text = value.string
            if text.isEmpty { text = "#,###,###,###,###,###,##0" }
            let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let integer = parts[0], fraction = parts.count > 1 ? parts[1] : ""
            if let comma = integer.lastIndex(of: ",") {
                grouping = integer[integer.index(after: comma)...].filter { $0 == "#" || $0 == "0" }.count
            }
            minInteger = integer.filter { $0 == "0" }.count
            minFraction = fraction.filter { $0 == "0" }.count
            maxFraction = fraction.filter { $0 == "0" || $0 == "#" }.count
        }
    }

    static func format(_ value: Value, _ pattern: Pattern) -> String {
        let (negative, digits) = rounded(value, fraction: pattern.maxFraction)
        var integer = String(digits.dropLast(pattern.maxFraction))
        var fraction = String(digits.suffix(pattern.maxFraction))
        while fraction.count > pattern.minFraction && fraction.hasSuffix("0") { fraction.removeLast() }
        while integer.count > pattern.minInteger && integer.hasPrefix("0") { integer.removeFirst() }
        if integer.count < pattern.minInteger { integer = String(repeating: "0", count: pattern.minInteger - integer.count) + integer }
        if let size = pattern.grouping, size > 0 {
            var out = ""
            for (i, c) in integer.enumerated() {
                if i > 0 && (integer.count - i) % size == 0 { out.append(",") }
                out.append(c)
            }
            integer = out
        }
        let body = fraction.isEmpty ? integer : integer + "." + fraction
        return (negative ? "-" : "") + (body.isEmpty ? "0" : body)
    }

    /// The value's digits rounded half-even to `fraction` fractional digits (integer and fraction digits
    /// together, the last `fraction` of them after the point), and its sign.
    static func rounded(_ value: Value, fraction: Int) -> (Bool, String) {
        switch value {
        case .double(let d):
            if d.isNaN { return (false, "NaN") }
            if d.isInfinite { return (d < 0, "∞") }
            return roundedDouble(d, fraction: fraction)
        case .float(let f):
            return roundedDouble(Double(JavaNumberText.float(f)) ?? Double(f), fraction: fraction)
        case .decimal(let d):
            return roundHalfEven(d.plainText, fraction: fraction, exactTie: { _ in nil })
        default:
            return roundHalfEven(String(value.int64Value ?? 0), fraction: fraction, exactTie: { _ in nil })
        }
    }

    static func roundedDouble(_ d: Double, fraction: Int) -> (Bool, String) {
        let digits = ShortestDecimalDigits(description: JavaNumberText.double(d))
        var text = digits.digits == [0] ? "0" : digits.digits.map(String.init).joined()
        // Place the point: `0.d1d2... * 10^pointPosition`.
        if digits.pointPosition <= 0 {
            text = "0." + String(repeating: "0", count: -digits.pointPosition) + text
        } else if digits.pointPosition < text.count {
            text.insert(".", at: text.index(text.startIndex, offsetBy: digits.pointPosition))
        } else {
            text += String(repeating: "0", count: digits.pointPosition - text.count)
        }
        // A tie among the shortest digits: the exact binary value decides, as C's printf rounds it.
        let exact = String(format: "%.\(fraction)f", abs(d))
        let (_, result) = roundHalfEven((d < 0 ? "-" : "") + text, fraction: fraction) { _ in exact }
        return (d < 0 || (d == 0 && d.sign == .minus), result)
    }

    /// Rounds a plain decimal text half-even; `exactTie` gives the digits to use when the text is a tie.
    static func roundHalfEven(_ text: String, fraction: Int, exactTie: (String) -> String?) -> (Bool, String) {
        let negative = text.hasPrefix("-")
        let plain = negative ? String(text.dropFirst()) : text
        let parts = plain.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = String(parts[0]), frac = parts.count > 1 ? String(parts[1]) : ""
        var kept = Array((integer + frac.prefix(fraction) + String(repeating: "0", count: max(0, fraction - frac.count))).utf8)
            .map { $0 - UInt8(ascii: "0") }
        let dropped = Array(frac.dropFirst(fraction).utf8).map { $0 - UInt8(ascii: "0") }
        var roundUp = false
        if let first = dropped.first {
            if first > 5 || (first == 5 && dropped.dropFirst().contains { $0 != 0 }) {
                roundUp = true
            } else if first == 5 {
                if let exact = exactTie(text) {
                    return (negative && exact.contains { $0 != "0" && $0 != "." }, exact.replacingOccurrences(of: ".", with: ""))
                }
                roundUp = (kept.last ?? 0) % 2 == 1
            }
        }
        if roundUp {
            var i = kept.count - 1
            while i >= 0 {
                if kept[i] == 9 { kept[i] = 0; i -= 1 } else { kept[i] += 1; break }
            }
            if i < 0 { kept.insert(1, at: 0) }
        }
        return (negative, kept.map(String.init).joined())
    }
}
