import Foundation
import SparkbookUtilities

/// How PySpark results look at the Python level: `repr()` of what `collect()`, `first()` or a scalar action
/// returns (what Jupyter shows for a cell's last expression and what `print(rows)` prints), and `str()` for
/// `print(value)`.
///
/// Timestamps: PySpark turns a `timestamp` into a naive `datetime` in the *Python process's* local zone (not the
/// session zone), so the zone is a parameter; `timestamp_ntz` is always the stored wall time.
public struct PythonRepr: Sendable {
    /// The zone of the Python process (its `TZ`); PySpark's `TimestampType.fromInternal` uses it.
    public var localTimeZone: TimeZone

    public init(localTimeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.localTimeZone = localTimeZone
    }

    /// `repr(value)`: `100`, `1042472.5`, `'abc'`, `None`, `datetime.datetime(2024, 5, 5, 18, 20, 24)`,
    /// `Decimal('1.50')`, `b'ab'`, `[1, 2]`, `{'k': 1}`, `Row(a=1, b='x')` for a struct.
    public func repr(_ value: OutputValue) -> String {
        switch value {
        case .null: return "None"
        case .boolean(let flag): return flag ? "True" : "False"
        case .integer(let number): return String(number)
        case .float(let number): return Self.float(Double(number))
        case .double(let number): return Self.float(number)
        case .decimal(let unscaled, let scale): return "Decimal('" + Self.decimalText(unscaled: unscaled, scale: scale) + "')"
        case .string(let text): return Self.string(text)
        case .binary(let bytes): return Self.bytes(bytes)
        case .date(let days):
            let date = CivilTime.date(daysSinceEpoch: days)
            return "datetime.date(\(date.year), \(date.month), \(date.day))"
        case .timestamp(let micros): return Self.datetime(CivilTime.dateTime(microsSinceEpoch: micros, in: localTimeZone))
        case .timestampNTZ(let micros): return Self.datetime(CivilTime.dateTime(microsSinceEpoch: micros, in: CivilTime.utc))
        case .dayTimeInterval(let micros): return Self.timedelta(micros)
        case .time(let micros): return Self.time(micros)
        case .yearMonthInterval(let months): return String(months)
        case .calendarInterval(let months, let days, let micros):
            return Self.string(IntervalFormat.calendar(months: months, days: days, micros: micros))
        case .array(let elements): return "[" + elements.map(repr).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + JVMMapOrder.collectOrder(of: entries.map(\.key)).map { repr(entries[$0].key) + ": " + repr(entries[$0].value) }
                .joined(separator: ", ") + "}"
        case .structure(let fields): return row(fields)
        case .variant(_, let value, let metadata):
            return "VariantVal(bytearray(" + Self.bytes(value) + "), bytearray(" + Self.bytes(metadata) + "))"
        }
    }

    /// `repr(datetime.time)`: `datetime.time(6, 30, 45, 887000)`, trailing zero fields left out (`datetime.time(6, 30)`).
    public static func time(_ micros: Int64) -> String {
        let seconds = micros / 1_000_000
        var fields = [seconds / 3600, seconds / 60 % 60, seconds % 60, micros % 1_000_000]
        while fields.count > 2 && fields.last == 0 { fields.removeLast() }
        return "datetime.time(" + fields.map(String.init).joined(separator: ", ") + ")"
    }

    /// `repr(datetime.timedelta)`: `datetime.timedelta(days=1, seconds=45001, microseconds=1001)`, normalized as
    /// Python normalizes it (seconds and microseconds never negative, zero fields left out).
    public static func timedelta(_ micros: Int64) -> String {
        let perDay: Int64 = 86_400_000_000
        let days = micros >= 0 ? micros / perDay : (micros - perDay + 1) / perDay
        let rest = micros - days * perDay
        let fields = [("days", days), ("seconds", rest / 1_000_000), ("microseconds", rest % 1_000_000)]
            .filter { $0.1 != 0 }.map { "\($0.0)=\($0.1)" }
        return "datetime.timedelta(" + (fields.isEmpty ? "0" : fields.joined(separator: ", ")) + ")"
    }

    /// `repr(Row(...))`: `Row(country='US', n=3)`.
    public func row(_ fields: [OutputField]) -> String {
        "Row(" + fields.map { $0.name + "=" + repr($0.value) }.joined(separator: ", ") + ")"
    }

    /// `str(value)`, what `print(value)` shows: strings bare, dates and datetimes in ISO form
    /// (`2024-05-05 18:20:24.120000`), decimals bare; everything else as `repr`.
    public func str(_ value: OutputValue) -> String {
        switch value {
        case .string(let text), .variant(let text, _, _): return text
        case .decimal(let unscaled, let scale): return Self.decimalText(unscaled: unscaled, scale: scale)
        case .date(let days): return SparkValueText.date(daysSinceEpoch: days)
        case .timestamp(let micros): return Self.isoDateTime(CivilTime.dateTime(microsSinceEpoch: micros, in: localTimeZone))
        case .timestampNTZ(let micros): return Self.isoDateTime(CivilTime.dateTime(microsSinceEpoch: micros, in: CivilTime.utc))
        case .time(let micros):
            // Python's `str(time)`: microseconds as six digits when there are any (`06:30:45.887000`).
            return TimeOfDayText.text(micros / 1_000_000 * 1_000_000) + (micros % 1_000_000 == 0 ? "" : "." + SparkValueText.pad(Int(micros % 1_000_000), 6))
        default: return repr(value)
        }
    }

    /// Python's `repr(float)`: shortest round-trip digits; scientific (`1e-05`, `1e+16`, `1.5e-07`) when the
    /// decimal exponent is below -4 or at least 16, else positional with `.0` for whole numbers; `inf`, `nan`.
    public static func float(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let number = ShortestDecimalDigits(value)
        let sign = number.isNegative ? "-" : ""
        let digits = number.digits.map { String($0) }.joined()
        let point = number.pointPosition
        if value == 0 { return sign + "0.0" }
        if point > -4 && point <= 16 {
            if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
            if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) + ".0" }
            let cut = digits.index(digits.startIndex, offsetBy: point)
            return sign + digits[..<cut] + "." + digits[cut...]
        }
        let exponent = point - 1
        let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
        let exponentDigits = SparkValueText.pad(Swift.abs(exponent), 2)
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentDigits
    }

    /// Python's `str(Decimal)` for a collected Spark decimal (non-negative scale): plain unless the adjusted
    /// exponent is below -6, then scientific. PySpark builds the Python decimal from Java's engineering string
    /// (exponent a multiple of three, coefficient padded with zeros), so 1E-8 arrives as `10E-9` and prints
    /// `1.0E-8`, 1E-7 as `100E-9`, printing `1.00E-7`.
    public static func decimalText(unscaled: Int128, scale: Int) -> String {
        var coefficient = String(unscaled.magnitude)
        let sign = unscaled < 0 ? "-" : ""
        let adjusted = coefficient.count - 1 - scale
        if adjusted >= -6 {
            return SparkValueText.decimal(unscaled: unscaled, scale: scale)
        }
        if unscaled != 0 {
            let engineeringExponent = Int((Double(adjusted) / 3).rounded(.down)) * 3
            let integerDigits = adjusted - engineeringExponent + 1
            if coefficient.count < integerDigits {
                coefficient += String(repeating: "0", count: integerDigits - coefficient.count)
            }
        }
        let mantissa = coefficient.count == 1 ? coefficient : String(coefficient.prefix(1)) + "." + coefficient.dropFirst()
        return sign + mantissa + "E" + (adjusted < 0 ? "-" : "+") + String(Swift.abs(adjusted))
    }

    private static func datetime(_ parts: CivilTime.DateTimeParts) -> String {
        var items = [String(parts.date.year), String(parts.date.month), String(parts.date.day),
                     String(parts.hour), String(parts.minute)]
        if parts.second != 0 || parts.microsecond != 0 { items.append(String(parts.second)) }
        if parts.microsecond != 0 { items.append(String(parts.microsecond)) }
        return "datetime.datetime(" + items.joined(separator: ", ") + ")"
    }

    private static func isoDateTime(_ parts: CivilTime.DateTimeParts) -> String {
        let date = SparkValueText.pad(Int(parts.date.year), 4) + "-" + SparkValueText.pad(parts.date.month, 2) + "-"
            + SparkValueText.pad(parts.date.day, 2)
        var text = date + " " + SparkValueText.pad(parts.hour, 2) + ":" + SparkValueText.pad(parts.minute, 2) + ":"
            + SparkValueText.pad(parts.second, 2)
        if parts.microsecond != 0 { text += "." + SparkValueText.pad(parts.microsecond, 6) }
        return text
    }
}
