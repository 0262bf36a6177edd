import Foundation
import SparkbookUtilities

/// How Spark 4 turns one value into the text of a `show()` cell (its `ToPrettyString`), before show() escapes
/// control characters and truncates.
///
/// Checked against PySpark 4 goldens: `NULL` for null at any depth, `true`/`false`, Java number layout, `[1, 2]`,
/// `{x, 1}` for structs, `{k -> v}` for maps, `[01 02 FF]` for binary, decimals with their full scale, timestamps
/// in the session zone with the fraction printed only when non-zero and its trailing zeros trimmed.
public struct SparkValueText: Sendable {
    /// Spark's `spark.sql.session.timeZone`: the zone `timestamp` values are printed in.
    public var sessionTimeZone: TimeZone

    public init(sessionTimeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.sessionTimeZone = sessionTimeZone
    }

    /// The show() text of `value`.
    public func text(_ value: OutputValue) -> String {
        switch value {
        case .null: return "NULL"
        case .boolean(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .float(let number): return JavaNumberText.float(number)
        case .double(let number): return JavaNumberText.double(number)
        case .decimal(let unscaled, let scale): return Self.decimal(unscaled: unscaled, scale: scale)
        case .string(let string): return string
        case .binary(let bytes): return Self.binary(bytes)
        case .date(let days): return Self.date(daysSinceEpoch: days)
        case .timestamp(let micros): return Self.timestamp(microsSinceEpoch: micros, in: sessionTimeZone)
        case .timestampNTZ(let micros): return Self.timestamp(microsSinceEpoch: micros, in: CivilTime.utc)
        case .dayTimeInterval(let micros): return IntervalFormat.dayTime(micros)
        case .yearMonthInterval(let months): return IntervalFormat.yearMonth(months)
        case .calendarInterval(let months, let days, let micros): return IntervalFormat.calendar(months: months, days: days, micros: micros)
        case .time(let micros): return TimeOfDayText.text(micros)
        case .array(let elements): return "[" + elements.map(text).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.map { text($0.key) + " -> " + text($0.value) }.joined(separator: ", ") + "}"
        case .structure(let fields): return "{" + fields.map { text($0.value) }.joined(separator: ", ") + "}"
        case .variant(let json, _, _): return json
        }
    }

    /// A decimal in plain notation with exactly `scale` digits after the point (`0.000`, `-0.001`, `12345`).
    public static func decimal(unscaled: Int128, scale: Int) -> String {
        let negative = unscaled < 0
        let magnitude = unscaled.magnitude
        var digits = String(magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        } else if scale < 0, magnitude != 0 {
            digits += String(repeating: "0", count: -scale)
        }
        return (negative ? "-" : "") + digits
    }

    /// Binary as Spark 4 shows it: upper-case hex bytes in brackets, `[61 62]`.
    public static func binary(_ bytes: [UInt8]) -> String {
        "[" + bytes.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return hex.count == 1 ? "0" + hex : hex
        }.joined(separator: " ") + "]"
    }

    /// `yyyy-MM-dd` in the proleptic Gregorian calendar.
    public static func date(daysSinceEpoch days: Int64) -> String {
        format(CivilTime.date(daysSinceEpoch: days))
    }

    /// `yyyy-MM-dd HH:mm:ss[.fraction]`, the fraction only when non-zero and without trailing zeros.
    public static func timestamp(microsSinceEpoch micros: Int64, in zone: TimeZone) -> String {
        let parts = CivilTime.dateTime(microsSinceEpoch: micros, in: zone)
        var text = format(parts.date) + " " + pad(parts.hour, 2) + ":" + pad(parts.minute, 2) + ":" + pad(parts.second, 2)
        if parts.microsecond != 0 {
            var fraction = pad(parts.microsecond, 6)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }

    /// Years 0...9999 as four digits; beyond, a sign as Java's formatter writes (`+10000`, `-0001`).
    private static func format(_ date: CivilTime.DateParts) -> String {
        let year: String
        switch date.year {
        case 0...9999: year = pad(Int(date.year), 4)
        case 10000...: year = "+" + String(date.year)
        default: year = "-" + pad(Int(-date.year), 4)
        }
        return year + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
