import Foundation

/// How Spark's text writers spell values: Java doubles and decimals, ISO dates, timestamps as
/// `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` in the session time zone.
public enum WriterValueText {
    public static func text(_ value: Value, sessionTimeZone: String, formats: WriterDateFormats = .init()) -> String {
        switch value {
        case .timestamp(let micros) where formats.timestamp != nil:
            return formats.timestamp!.format(SessionZone.civil(micros, sessionTimeZone))
        case .date(let days) where formats.date != nil:
            return formats.date!.format(CivilDateTime(days: Int64(days)))
        case .timestamp(let micros):
            let offset = SessionZone.offset(micros: micros, zone: sessionTimeZone)
            let t = CivilDateTime(micros: micros, offsetSeconds: offset)
            let millis = String(t.micros / 1000)
            var zone = "Z"
            if offset != 0 {
                let a = Swift.abs(offset)
                zone = (offset < 0 ? "-" : "+") + DateTimeText.two(a / 3600) + ":" + DateTimeText.two(a / 60 % 60)
            }
            return DateTimeText.date(t) + "T" + DateTimeText.two(t.hour) + ":" + DateTimeText.two(t.minute) + ":"
                + DateTimeText.two(t.second) + "." + String(repeating: "0", count: 3 - millis.count) + millis + zone
        // Spark writes a decimal's Java `toString` (scientific below 1E-6), unlike `CAST` to string.
        case .decimal(let d): return d.javaText
        default:
            return ValueCast.sqlText(value, sessionTimeZone: sessionTimeZone)
        }
    }
}

/// The writers' `timestampFormat` and `dateFormat` options (Java patterns); nil keeps Spark's defaults.
public struct WriterDateFormats: Sendable {
    let timestamp: DateTimePattern?
    let date: DateTimePattern?

    public init(timestampFormat: String? = nil, dateFormat: String? = nil) throws {
        timestamp = try timestampFormat.map(DateTimePattern.init)
        date = try dateFormat.map(DateTimePattern.init)
    }

    public init() {
        timestamp = nil
        date = nil
    }
}

/// One CSV line per row, quoting as Spark's univocity writer does (quote `"`, escape `\`).
public struct CSVLineEncoder: Sendable {
    public let separator: String
    public let quote: String
    public let escape: String
    public let nullValue: String
    public let sessionTimeZone: String
    public let formats: WriterDateFormats

    public init(separator: String = ",", quote: String = "\"", escape: String = "\\", nullValue: String = "",
                sessionTimeZone: String = "UTC", formats: WriterDateFormats = .init()) {
        self.formats = formats
        self.separator = separator
        self.quote = quote
        self.escape = escape
        self.nullValue = nullValue
        self.sessionTimeZone = sessionTimeZone
    }

    public func line(_ values: [Value]) -> String {
        values.map { value -> String in
            if value.isNull { return nullValue }
            return field(WriterValueText.text(value, sessionTimeZone: sessionTimeZone, formats: formats))
        }.joined(separator: separator)
    }

    public func field(_ text: String) -> String {
        if text.isEmpty { return quote + quote }
        let needsQuotes = text.contains(separator) || text.contains(quote) || text.contains("\n") || text.contains("\r")
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return quote + text.replacingOccurrences(of: quote, with: escape + quote) + quote
    }
}

/// One JSON object per row; null fields are left out (`ignoreNullFields` is true by default).
public struct JSONLineEncoder: Sendable {
    public let names: [String]
    public let sessionTimeZone: String
    public let formats: WriterDateFormats

    public init(names: [String], sessionTimeZone: String = "UTC", formats: WriterDateFormats = .init()) {
        self.formats = formats
        self.names = names
        self.sessionTimeZone = sessionTimeZone
    }

    public func line(_ values: [Value]) -> String {
        var parts: [String] = []
        for (name, value) in zip(names, values) where !value.isNull {
            parts.append(Self.quoted(name) + ":" + encoded(value))
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// One JSON value; arrays as JSON arrays, their null elements as `null`.
    func encoded(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .integer, .long, .byte, .short, .boolean: ValueCast.sqlText(value)
        case .double(let d) where d.isFinite: JavaDoubleText.text(d)
        case .float(let f) where f.isFinite: JavaFloatText.text(f)
        case .decimal(let d): d.javaText
        case .array(let elements): "[" + elements.map(encoded).joined(separator: ",") + "]"
        default: Self.quoted(WriterValueText.text(value, sessionTimeZone: sessionTimeZone, formats: formats))
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
