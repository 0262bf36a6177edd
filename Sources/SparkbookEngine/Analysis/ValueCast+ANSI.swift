import Foundation
import SparkbookUtilities

/// `CAST` as Spark 4 runs it with ANSI mode on (the default): text that does not convert is an error, and so
/// is a number that does not fit the target type.
extension ValueCast {
    public static func ansiCast(_ value: Value, to type: DataType, sessionTimeZone: String = "UTC") throws -> Value {
        if value.isNull || value.dataType == type { return value }
        switch (value, type) {
        // A variant reads as `variant_get` reads it, and fails with its error.
        case (.variant(let v), _):
            do { return try v.cast(to: type) } catch let invalid as Variant.Invalid { throw Variant.castError(invalid) }
        case (.array(let elements), .array(let element, _)):
            return .array(try elements.map { try ansiCast($0, to: element, sessionTimeZone: sessionTimeZone) })
        case (.map(let keys, let values), .map(let k, let v, _)):
            return .map(keys: try keys.map { try ansiCast($0, to: k, sessionTimeZone: sessionTimeZone) },
                        values: try values.map { try ansiCast($0, to: v, sessionTimeZone: sessionTimeZone) })
        case (.structure(_, let values), .structure(let target)) where values.count == target.count:
            return .structure(names: target.names, values: try zip(values, target.fields).map {
                try ansiCast($0, to: $1.dataType, sessionTimeZone: sessionTimeZone)
            })
        case (_, .string):
            return .string(sqlText(value, sessionTimeZone: sessionTimeZone))
        case (_, .decimal(let p, let s)):
            return try DecimalCast.ansiDecimal(value, precision: p, scale: s)
        case (.decimal(let d), _):
            return try DecimalCast.ansiFromDecimal(d, to: type)
        case (.string(let s), .double):
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            switch trimmed.lowercased() {
            case "nan": return .double(.nan)
            case "infinity", "+infinity", "inf", "+inf": return .double(.infinity)
            case "-infinity", "-inf": return .double(-.infinity)
            default:
                guard let d = Double(trimmed), !trimmed.lowercased().hasPrefix("0x") else { throw invalid(value, type) }
                return .double(d)
            }
        case (.string(let s), .boolean):
            let result = cast(value, to: .boolean)
            if result.isNull { throw invalid(.string(s), type) }
            return result
        case (.string(let s), .date):
            let days = Array(s.utf8).withUnsafeBytes { SparkDateTimeParsing.parseDate($0, strict: false) }
            guard let days else { throw invalid(value, type) }
            return .date(days)
        case (.string(let s), .timestamp):
            var parser = SparkDateTimeParsing(sessionZone: TimeZone(identifier: sessionTimeZone) ?? TimeZone(identifier: "UTC")!)
            let micros = Array(s.utf8).withUnsafeBytes { parser.parseTimestamp($0) }
            guard let micros else { throw invalid(value, type) }
            return .timestamp(micros)
        case (.timestamp(let micros), .date):
            let offset = Int64(SessionZone.offset(micros: micros, zone: sessionTimeZone)) * 1_000_000
            let local = micros + offset
            return .date(Int32((local >= 0 ? local : local - 86_399_999_999) / 86_400_000_000))
        case (.date(let days), .timestamp):
            return .timestamp(SessionZone.instant(wallMicros: Int64(days) * 86_400_000_000, zone: sessionTimeZone))
        // timestamp_ntz is the wall clock: read in the session zone to become an instant, and back.
        case (.string(let s), .timestampNTZ):
            var parser = SparkDateTimeParsing(sessionZone: TimeZone(identifier: "UTC")!)
            let micros = Array(s.utf8).withUnsafeBytes { parser.parseTimestamp($0) }
            guard let micros else { throw invalid(value, type) }
            return .timestampNTZ(micros)
        case (.timestampNTZ(let wall), .timestamp):
            return .timestamp(SessionZone.instant(wallMicros: wall, zone: sessionTimeZone))
        case (.timestamp(let micros), .timestampNTZ):
            return .timestampNTZ(micros + Int64(SessionZone.offset(micros: micros, zone: sessionTimeZone)) * 1_000_000)
        case (.date(let days), .timestampNTZ):
            return .timestampNTZ(Int64(days) * 86_400_000_000)
        case (.timestampNTZ(let wall), .date):
            return .date(Int32((wall >= 0 ? wall : wall - 86_399_999_999) / 86_400_000_000))
        case (.string(let s), .time):
            guard let micros = TimeOfDay.parse(s) else { throw invalid(value, type) }
            return .time(micros)
        case (.timestamp(let micros), .time):
            let local = micros + Int64(SessionZone.offset(micros: micros, zone: sessionTimeZone)) * 1_000_000
            return .time(CivilCalendar.floorDivide(local, TimeOfDay.microsPerDay).remainder)
        case (.timestampNTZ(let wall), .time):
            return .time(CivilCalendar.floorDivide(wall, TimeOfDay.microsPerDay).remainder)
        case (_, .timestampNTZ), (_, .dayTimeInterval), (_, .yearMonthInterval), (_, .calendarInterval), (_, .time),
             (.timestampNTZ, _), (.dayTimeInterval, _), (.yearMonthInterval, _), (.calendarInterval, _), (.time, _):
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION",
                             message: "Cannot resolve \"CAST(\(sqlText(value)) AS \(type.simpleString.uppercased()))\" due to data type mismatch: cannot cast \"\(value.dataType.simpleString.uppercased())\" to \"\(type.simpleString.uppercased())\".",
                             sqlState: "42K09")
        default:
            if let epoch = try ansiEpochCast(value, to: type) { return epoch }
            if let narrow = try ansiSmallTypeCast(value, to: type) { return narrow }
            return cast(value, to: type)
        }
    }

    /// The text Spark's `CAST(x AS STRING)` gives: Java's double text, ISO dates, timestamps in the session zone.
    public static func sqlText(_ value: Value, sessionTimeZone: String = "UTC") -> String {
        switch value {
        case .double(let d): return JavaNumberText.double(d)
        case .float(let f): return JavaNumberText.float(f)
        case .date(let days):
            let t = WallDateTime(days: Int64(days))
            return DateTimeText.date(t)
        case .timestamp(let micros):
            let t = SessionZone.civil(micros, sessionTimeZone)
            var text = DateTimeText.date(t) + " " + DateTimeText.two(t.hour) + ":" + DateTimeText.two(t.minute) + ":" + DateTimeText.two(t.second)
            if t.micros != 0 {
                var fraction = String(t.micros)
                fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
                while fraction.hasSuffix("0") { fraction.removeLast() }
                text += "." + fraction
            }
            return text
        case .timestampNTZ(let wall):
            return sqlText(.timestamp(wall), sessionTimeZone: "UTC")
        case .dayTimeInterval(let micros): return IntervalFormat.dayTime(micros)
        case .yearMonthInterval(let months): return IntervalFormat.yearMonth(months)
        case .calendarInterval(let interval): return interval.text
        case .time(let micros): return TimeOfDay.text(micros)
        case .array(let elements):
            // Spark writes null elements as lower-case `null` inside the brackets.
            return "[" + elements.map { $0.isNull ? "null" : sqlText($0, sessionTimeZone: sessionTimeZone) }
                .joined(separator: ", ") + "]"
        case .map(let keys, let values):
            return "{" + zip(keys, values).map {
                sqlText($0, sessionTimeZone: sessionTimeZone) + " -> " + ($1.isNull ? "null" : sqlText($1, sessionTimeZone: sessionTimeZone))
            }.joined(separator: ", ") + "}"
        case .structure(_, let values):
            return "{" + values.map { $0.isNull ? "null" : sqlText($0, sessionTimeZone: sessionTimeZone) }
                .joined(separator: ", ") + "}"
        default: return text(value)
        }
    }

    static func invalid(_ value: Value, _ type: DataType) -> SparkError {
        SparkError(.execution, errorClass: "CAST_INVALID_INPUT",
                   message: "The value \(sqlLiteral(value)) of the type \"\(value.dataType.simpleString.uppercased())\" cannot be cast to \"\(type.simpleString.uppercased())\" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead.",
                   sqlState: "22018", javaException: invalidInputException(type))
    }

    /// What Spark 4.3 throws for a malformed cast, by target (read from its `Cast` and `DateTimeUtils`).
    static func invalidInputException(_ type: DataType) -> SparkError.JavaException {
        switch type {
        case .date, .timestamp, .timestampNTZ, .time: .dateTime
        case .boolean: .runtime
        default: .numberFormat
        }
    }

    static func overflow(_ value: Value, _ type: DataType) -> SparkError {
        SparkError(.execution, errorClass: "CAST_OVERFLOW",
                   message: "The value \(sqlLiteral(value)) of the type \"\(value.dataType.simpleString.uppercased())\" cannot be cast to \"\(type.simpleString.uppercased())\" due to an overflow. Use `try_cast` to tolerate overflow and return NULL instead.",
                   sqlState: "22003")
    }

    static func sqlLiteral(_ value: Value) -> String {
        switch value {
        case .string(let s): "'\(s)'"
        case .long(let v): "\(v)L"
        case .short(let v): "\(v)S"
        case .byte(let v): "\(v)Y"
        case .double(let d): JavaNumberText.double(d) + "D"
        case .decimal(let d): d.plainText + "BD"
        case .timestamp: "TIMESTAMP '\(sqlText(value))'"
        case .timestampNTZ: "TIMESTAMP_NTZ '\(sqlText(value))'"
        default: sqlText(value)
        }
    }
}

enum DateTimeText {
    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
    static func date(_ t: WallDateTime) -> String {
        var year = String(t.year)
        if t.year >= 0 && year.count < 4 { year = String(repeating: "0", count: 4 - year.count) + year }
        return "\(year)-\(two(t.month))-\(two(t.day))"
    }
}
