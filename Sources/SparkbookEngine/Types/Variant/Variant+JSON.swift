import SparkbookUtilities

/// A variant as JSON text, as Spark's `Variant.toJson` writes it (what `to_json`, a cast to string and `show()`
/// print): fields in key order, strings escaped as Jackson escapes them, doubles and floats as Java prints them,
/// decimals in plain notation, dates and timestamps quoted, binary quoted in Base64.
extension Variant {
    public func json(timeZone: (Int64) -> String = Variant.utcTimestampText) -> String {
        var out = ""
        appendJSON(to: &out, timeZone: timeZone)
        return out
    }

    func appendJSON(to out: inout String, timeZone: (Int64) -> String) {
        switch kind {
        case .object:
            out += "{"
            for i in 0..<count {
                guard let (key, element) = field(at: i) else { break }
                if i > 0 { out += "," }
                JSONStringEscaping.append(key, to: &out, as: .jackson)
                out += ":"
                element.appendJSON(to: &out, timeZone: timeZone)
            }
            out += "}"
        case .array:
            out += "["
            for i in 0..<count {
                if i > 0 { out += "," }
                element(at: i)?.appendJSON(to: &out, timeZone: timeZone)
            }
            out += "]"
        case .null: out += "null"
        case .boolean: out += boolean! ? "true" : "false"
        case .long: out += String(long!)
        case .string: JSONStringEscaping.append(string!, to: &out, as: .jackson)
        // Non-finite numbers are quoted, as JSON has no literal for them (`"Infinity"`).
        case .double: out += double!.isFinite ? JavaNumberText.double(double!) : "\"" + JavaNumberText.double(double!) + "\""
        case .float: out += float!.isFinite ? JavaNumberText.float(float!) : "\"" + JavaNumberText.float(float!) + "\""
        case .decimal: out += decimalText
        case .date:
            let d = CivilCalendar.date(daysSinceEpoch: long!)
            out += "\"" + Self.dateText(d) + "\""
        case .timestamp: out += "\"" + timeZone(long!) + "\""
        case .timestampNTZ: out += "\"" + Self.localTimestampText(long!) + "\""
        case .binary: out += "\"" + Self.base64(binary!) + "\""
        }
    }

    /// A decimal's digits in plain notation without trailing fractional zeros (Spark reads variant decimals
    /// with `stripTrailingZeros`, then prints `toPlainString`: `2.50` is `2.5`, `-0.0` is `0`).
    var decimalText: String {
        guard let (unscaled, scale) = strippedDecimal else { return "" }
        return DecimalValue(unscaled: unscaled, precision: 38, scale: scale).plainText
    }

    /// The decimal with trailing fractional zeros removed (the scale never below 0).
    var strippedDecimal: (unscaled: Int128, scale: Int)? {
        guard var (unscaled, scale) = decimal else { return nil }
        if unscaled == 0 { return (0, 0) }
        while scale > 0 && unscaled % 10 == 0 { unscaled /= 10; scale -= 1 }
        return (unscaled, scale)
    }

    static func dateText(_ d: CivilCalendar.Date) -> String {
        func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
    }

    /// `yyyy-MM-dd HH:mm:ss[.fraction]`, the fraction without trailing zeros (Java's ISO local time).
    static func localTimestampText(_ micros: Int64) -> String {
        let (days, rest) = micros.quotientAndRemainder(dividingBy: 86_400_000_000)
        let dayMicros = rest < 0 ? rest + 86_400_000_000 : rest
        let date = CivilCalendar.date(daysSinceEpoch: rest < 0 ? days - 1 : days)
        let seconds = dayMicros / 1_000_000, fraction = dayMicros % 1_000_000
        func pad(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var text = dateText(date) + " \(pad(seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60))"
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }

    /// A timestamp in UTC with its `+00:00` offset.
    public static func utcTimestampText(_ micros: Int64) -> String { localTimestampText(micros) + "+00:00" }

    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        var i = 0
        while i < bytes.count {
            let chunk = bytes[i..<min(i + 3, bytes.count)]
            var n = 0
            for (j, b) in chunk.enumerated() { n |= Int(b) << (16 - 8 * j) }
            for j in 0..<4 {
                out.append(j <= chunk.count ? alphabet[(n >> (18 - 6 * j)) & 63] : "=")
            }
            i += 3
        }
        return out
    }
}
