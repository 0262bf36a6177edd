import Foundation

/// Which strings Python's `int()` and `float()` accept, since papermill types `-p` values with them.
/// (ASCII digits only; Python also takes other Unicode decimal digits.)
enum PythonNumberSyntax {
    /// Normalised digits (`-12`) when `int(text)` would succeed: surrounding whitespace, a sign,
    /// leading zeros and single underscores between digits are allowed.
    static func integerDigits(_ text: String) -> String? {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard let digits = groupedDigits(body), !digits.isEmpty else { return nil }
        let trimmed = digits.drop { $0 == "0" }
        let magnitude = trimmed.isEmpty ? "0" : String(trimmed)
        return negative && magnitude != "0" ? "-" + magnitude : magnitude
    }

    /// The value `float(text)` would give, or `nil` when Python would raise `ValueError`.
    static func float(_ text: String) -> Double? {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = String(first)
            body = body.dropFirst()
        }
        switch body.lowercased() {
        case "nan": return .nan
        case "inf", "infinity": return sign == "-" ? -.infinity : .infinity
        default: break
        }
        var mantissa = body
        var exponent: Substring = ""
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = body[..<e]
            exponent = body[body.index(after: e)...]
            if let s = exponent.first, s == "+" || s == "-" { exponent = exponent.dropFirst() }
            guard let expDigits = groupedDigits(exponent), !expDigits.isEmpty else { return nil }
        }
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let integer = groupedDigits(parts[0]) else { return nil }
        let fraction = parts.count > 1 ? groupedDigits(parts[1]) : ""
        guard let fraction, !(integer.isEmpty && fraction.isEmpty) else { return nil }
        return Double(sign + body.replacingOccurrences(of: "_", with: ""))
    }

    /// Digits with optional single underscores between them (`1_000`), underscores removed;
    /// `""` for empty input, `nil` when malformed.
    private static func groupedDigits(_ text: Substring) -> String? {
        var digits = ""
        var previousWasDigit = false
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                previousWasDigit = true
            } else if character == "_", previousWasDigit {
                previousWasDigit = false
            } else {
                return nil
            }
        }
        if !text.isEmpty && !previousWasDigit { return nil }  // trailing underscore
        return digits
    }
}
