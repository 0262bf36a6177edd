import Foundation
import SparkbookDataFrame
import SparkbookEngine
import SparkbookUtilities

/// Python's `datetime.date` and `datetime.datetime`: construction, fields, ISO text and `strftime`, so cells can
/// pass dates to `createDataFrame` and `F.lit` and read the ones `collect()` returns.
enum DateTimeModule {
    static let date = PyClass("date", module: "datetime")
    static let datetime = PyClass("datetime", module: "datetime")
    static let time = PyClass("time", module: "datetime")

    static let dateProperties = ["year", "month", "day"]
    static let datetimeProperties = dateProperties + ["hour", "minute", "second", "microsecond"]
    static let dateMethods = ["isoformat", "strftime", "weekday", "isoweekday"]
    static let datetimeMethods = dateMethods + ["date", "timestamp"]

    /// `date(2024, 1, 5)`, `datetime(2024, 1, 5, 10, 15)`.
    static func construct(_ cls: PyClass, _ args: CallArguments) throws -> PyValue {
        let isDate = cls == date
        let names = isDate ? ["year", "month", "day"] : ["year", "month", "day", "hour", "minute", "second", "microsecond"]
        let v = try args.bind(names, required: 3)
        let parts = try zip(names, v).map { name, value in try value?.int(name, in: cls.name) ?? 0 }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        guard (1...9999).contains(year) else { throw ScriptError.value("year \(year) is out of range") }
        guard (1...12).contains(month) else { throw ScriptError.value("month must be in 1..12") }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        guard (1...31).contains(day), CivilTime.date(daysSinceEpoch: Int64(days)).day == day else {
            throw ScriptError.value("day is out of range for month")
        }
        if isDate { return .date(Int32(days)) }
        let limits = [("hour", 0...23), ("minute", 0...59), ("second", 0...59), ("microsecond", 0...999_999)]
        for (i, (name, range)) in limits.enumerated() where !range.contains(parts[3 + i]) {
            throw ScriptError.value("\(name) must be in \(range.lowerBound)..\(range.upperBound)")
        }
        let wall = Int64(days) * 86_400 + Int64(parts[3] * 3600 + parts[4] * 60 + parts[5])
        return .datetime(localInstant(wallSeconds: wall) * 1_000_000 + Int64(parts[6]))
    }

    /// `time(6, 30, 45, 887000)`: a time of day, as `F.lit` takes it for a `time(6)` literal.
    static func constructTime(_ args: CallArguments) throws -> PyValue {
        let names = ["hour", "minute", "second", "microsecond"]
        let v = try args.bind(names)
        let parts = try zip(names, v).map { name, value in try value?.int(name, in: "time") ?? 0 }
        let limits = [0...23, 0...59, 0...59, 0...999_999]
        for (i, range) in limits.enumerated() where !range.contains(parts[i]) {
            throw ScriptError.value("\(names[i]) must be in \(range.lowerBound)..\(range.upperBound)")
        }
        return .time(Int64(parts[0] * 3600 + parts[1] * 60 + parts[2]) * 1_000_000 + Int64(parts[3]))
    }

    /// `date.today()`, `datetime.now()`.
    static func classMethods(of cls: PyClass) -> [String] { cls == date ? ["today"] : cls == datetime ? ["now", "today"] : [] }

    static func callClassMethod(_ name: String, of cls: PyClass, _ args: CallArguments) throws -> PyValue {
        try args.noArguments()
        let now = Int64((Date().timeIntervalSince1970 * 1_000_000).rounded(.down))
        return cls == date ? .date(days(of: .datetime(now))) : .datetime(now)
    }

    static func attribute(_ name: String, of value: PyValue) -> PyValue? {
        guard let p = fields(of: value) else { return nil }
        switch name {
        case "year": return .int(p.date.year)
        case "month": return .int(Int64(p.date.month))
        case "day": return .int(Int64(p.date.day))
        case "hour" where isDatetime(value): return .int(Int64(p.hour))
        case "minute" where isDatetime(value): return .int(Int64(p.minute))
        case "second" where isDatetime(value): return .int(Int64(p.second))
        case "microsecond" where isDatetime(value): return .int(Int64(p.microsecond))
        default: return nil
        }
    }

    static func call(_ name: String, on value: PyValue, _ args: CallArguments) throws -> PyValue {
        switch (name, value) {
        case ("isoformat", .date), ("isoformat", .datetime):
            try args.noArguments()
            return .string(value.str.replacingOccurrences(of: " ", with: "T"))
        case ("weekday", .date(let days)), ("isoweekday", .date(let days)):
            try args.noArguments()
            // 1970-01-01 was a Thursday (weekday 3).
            let weekday = Int64((Int(days) % 7 + 7 + 3) % 7)
            return .int(name == "weekday" ? weekday : weekday + 1)
        case ("weekday", .datetime), ("isoweekday", .datetime):
            return try call(name, on: .date(days(of: value)), args)
        case ("date", .datetime):
            try args.noArguments()
            return .date(days(of: value))
        case ("timestamp", .datetime(let micros)):
            try args.noArguments()
            return .float(Double(micros) / 1_000_000)
        case ("strftime", _):
            let v = try args.bind(["format"], required: 1)
            return .string(try strftime(try v[0]!.string("format", in: name), value))
        default:
            throw Members.missingAttribute(name, of: value)
        }
    }

    /// The common `strftime` directives; any other is refused rather than printed wrong.
    static func strftime(_ format: String, _ value: PyValue) throws -> String {
        guard let p = fields(of: value) else { return "" }
        func pad(_ n: Int64, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var out = ""
        var chars = Array(format)[...]
        while let c = chars.popFirst() {
            guard c == "%" else { out.append(c); continue }
            guard let d = chars.popFirst() else { out.append("%"); break }
            switch d {
            case "Y": out += pad(p.date.year, 4)
            case "y": out += pad(p.date.year % 100, 2)
            case "m": out += pad(Int64(p.date.month), 2)
            case "d": out += pad(Int64(p.date.day), 2)
            case "H": out += pad(Int64(p.hour), 2)
            case "M": out += pad(Int64(p.minute), 2)
            case "S": out += pad(Int64(p.second), 2)
            case "f": out += pad(Int64(p.microsecond), 6)
            case "j":
                let dayOfYear = Int64(days(of: value)) - Int64(CivilCalendar.days(year: Int(p.date.year), month: 1, day: 1)) + 1
                out += pad(dayOfYear, 3)
            case "%": out += "%"
            default:
                throw ScriptError("NotImplementedError", "strftime directive '%\(d)' is not supported in Sparkbook")
            }
        }
        return out
    }

    static func days(of value: PyValue) -> Int32 {
        switch value {
        case .date(let d): return d
        case .datetime(let micros):
            let p = parts(micros)
            return Int32(CivilCalendar.days(year: Int(p.date.year), month: p.date.month, day: p.date.day))
        default: return 0
        }
    }

    private static func isDatetime(_ value: PyValue) -> Bool {
        if case .datetime = value { return true }
        return false
    }

    /// The calendar and clock fields of a date (midnight) or datetime.
    private static func fields(of value: PyValue) -> CivilTime.DateTimeParts? {
        switch value {
        case .date(let days): CivilTime.dateTime(microsSinceEpoch: Int64(days) * 86_400_000_000, in: utc)
        case .datetime(let micros): parts(micros)
        default: nil
        }
    }

    private static let utc = TimeZone(identifier: "UTC")!

    /// The wall-clock fields of an instant in the process's zone, as Python's naive datetimes show them.
    static func parts(_ micros: Int64) -> CivilTime.DateTimeParts {
        CivilTime.dateTime(microsSinceEpoch: micros, in: .current)
    }

    /// The instant whose local wall-clock reading is `wallSeconds` (seconds since the epoch, as if UTC).
    private static func localInstant(wallSeconds: Int64) -> Int64 {
        let zone = TimeZone.current
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wallSeconds)))
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wallSeconds - Int64(guess))))
        return wallSeconds - Int64(offset)
    }
}
