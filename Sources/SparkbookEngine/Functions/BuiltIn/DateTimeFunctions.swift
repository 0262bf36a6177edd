import Foundation

/// Spark's date and time functions. Dates are days since the epoch, timestamps microseconds (UTC); wall-clock
/// fields are read in the session time zone.
enum DateTimeFunctions {
    static let all: [any ScalarFunction] = [
        dateField("year") { $0.year },
        dateField("month") { $0.month },
        dateField("dayofmonth") { $0.day },
        dateField("day") { $0.day },
        dateField("dayofweek") { $0.isoWeekday % 7 + 1 },
        dateField("dayofyear") { $0.dayOfYear },
        dateField("quarter") { ($0.month - 1) / 3 + 1 },
        dateField("weekofyear") { isoWeek(of: $0) },
        dateField("weekday") { $0.isoWeekday - 1 },
        // `dayname(d)`, `monthname(d)`: English three-letter names, as Spark's `EEE` and `MMM`.
        dateName("dayname") { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][$0.isoWeekday - 1] },
        dateName("monthname") { ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][$0.month - 1] },
        // `trunc(date, fmt)`: the first day of the year, quarter, month or (Monday) week; null for other formats.
        RowFunction("trunc", arity: 2...2, signature: Signatures.fixed([.date, .string], .date)) { v, _ in
            guard case .date(let d) = v[0] else { return .null }
            let t = WallDateTime(days: Int64(d))
            let first: WallDateTime
            switch v[1].string.lowercased() {
            case "year", "yyyy", "yy": first = WallDateTime(year: t.year, month: 1, day: 1)
            case "quarter": first = WallDateTime(year: t.year, month: (t.month - 1) / 3 * 3 + 1, day: 1)
            case "month", "mon", "mm": first = WallDateTime(year: t.year, month: t.month, day: 1)
            case "week": first = WallDateTime(days: t.days - Int64(t.isoWeekday - 1))
            default: return .null
            }
            return .date(Int32(first.days))
        },
        timeField("hour") { $0.hour },
        timeField("minute") { $0.minute },
        timeField("second") { $0.second },
        RowFunction("to_date", arity: 1...2, signature: { t, _ in
            FunctionSignature(inputs: t.count == 1 ? [t[0] == .timestamp ? .timestamp : .string] : [.string, .string],
                              result: .date)
        }) { v, context in
            if v.count == 1 { return try ansiCast(v[0], to: .date, context: context) }
            guard let t = try DateTimePattern(v[1].string).parse(v[0].string) else {
                throw cannotParse(v[0].string, pattern: v[1].string)
            }
            return .date(Int32(t.days))
        },
        RowFunction("to_timestamp", arity: 1...2, signature: { t, _ in
            FunctionSignature(inputs: t.count == 1 ? [t[0] == .date ? .date : .string] : [.string, .string],
                              result: .timestamp)
        }) { v, context in
            if v.count == 1 { return try ansiCast(v[0], to: .timestamp, context: context) }
            guard let t = try DateTimePattern(v[1].string).parse(v[0].string) else {
                throw cannotParse(v[0].string, pattern: v[1].string)
            }
            return .timestamp(SessionZone.instant(wallMicros: t.wallMicros, zone: context.sessionTimeZone))
        },
        RowFunction("date_format", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.timestamp, .string], .string)) { v, context in
            guard case .timestamp(let micros) = v[0] else { return .null }
            return .string(try DateTimePattern(v[1].string).format(SessionZone.civil(micros, context.sessionTimeZone)))
        },
        RowFunction("date_trunc", arity: 2...2, signature: Signatures.fixed([.string, .timestamp], .timestamp)) { v, context in
            guard case .timestamp(let micros) = v[1] else { return .null }
            var t = SessionZone.civil(micros, context.sessionTimeZone)
            switch v[0].string.lowercased() {
            case "year", "yyyy", "yy": t = WallDateTime(year: t.year, month: 1, day: 1)
            case "quarter": t = WallDateTime(year: t.year, month: (t.month - 1) / 3 * 3 + 1, day: 1)
            case "month", "mon", "mm": t = WallDateTime(year: t.year, month: t.month, day: 1)
            case "week": t = WallDateTime(days: t.days - Int64(t.isoWeekday - 1))
            case "day", "dd": t = WallDateTime(year: t.year, month: t.month, day: t.day)
            case "hour": t.minute = 0; t.second = 0; t.micros = 0
            case "minute": t.second = 0; t.micros = 0
            case "second": t.micros = 0
            default: return .null
            }
            return .timestamp(SessionZone.instant(wallMicros: t.wallMicros, zone: context.sessionTimeZone))
        },
        RowFunction("datediff", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.date, .date], .integer)) { v, _ in
            guard case .date(let end) = v[0], case .date(let start) = v[1] else { return .null }
            return .integer(end - start)
        },
        RowFunction("date_add", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.dayShift) { v, _ in
            guard case .date(let d) = v[0] else { return .null }
            return .date(d &+ Int32(truncatingIfNeeded: v[1].int64Value ?? 0))
        },
        RowFunction("date_sub", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.dayShift) { v, _ in
            guard case .date(let d) = v[0] else { return .null }
            return .date(d &- Int32(truncatingIfNeeded: v[1].int64Value ?? 0))
        },
        RowFunction("current_date", arity: 0...0, nullability: .never, namer: { _ in "current_date()" },
                    signature: Signatures.fixed([], .date)) { _, context in
            .date(Int32(SessionZone.civil(context.queryStartMicros, context.sessionTimeZone).days))
        },
        RowFunction("current_timestamp", arity: 0...0, nullability: .never, namer: { _ in "current_timestamp()" },
                    signature: Signatures.fixed([], .timestamp)) { _, context in .timestamp(context.queryStartMicros) },
    ]

    static func dateField(_ name: String, _ field: @escaping @Sendable (WallDateTime) -> Int) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.date], .integer)) { v, _ in
            guard case .date(let d) = v[0] else { return .null }
            return .integer(Int32(field(WallDateTime(days: Int64(d)))))
        }
    }

    static func dateName(_ name: String, _ field: @escaping @Sendable (WallDateTime) -> String) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.date], .string)) { v, _ in
            guard case .date(let d) = v[0] else { return .null }
            return .string(field(WallDateTime(days: Int64(d))))
        }
    }

    /// The ISO-8601 week number (weeks start on Monday; week 1 holds the year's first Thursday).
    static func isoWeek(of t: WallDateTime) -> Int {
        let week = (t.dayOfYear - t.isoWeekday + 10) / 7
        if week < 1 { return weeksInYear(t.year - 1) }
        return week > weeksInYear(t.year) ? 1 : week
    }

    static func weeksInYear(_ year: Int) -> Int {
        func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
        return p(year) == 4 || p(year - 1) == 3 ? 53 : 52
    }

    static func timeField(_ name: String, _ field: @escaping @Sendable (WallDateTime) -> Int) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.timestamp], .integer)) { v, context in
            guard case .timestamp(let micros) = v[0] else { return .null }
            return .integer(Int32(field(SessionZone.civil(micros, context.sessionTimeZone))))
        }
    }

    static func ansiCast(_ value: Value, to type: DataType, context: FunctionContext) throws -> Value {
        try ValueCast.ansiCast(value, to: type, sessionTimeZone: context.sessionTimeZone)
    }

    static func cannotParse(_ text: String, pattern: String) -> SparkError {
        SparkError(.execution, errorClass: "CANNOT_PARSE_TIMESTAMP",
                   message: "Text '\(text)' could not be parsed at index 0. Use `try_to_timestamp` to tolerate invalid input string and return NULL instead.",
                   sqlState: "22007")
    }
}
