/// `make_timestamp(y, mo, d, h, mi, sec[, tz])`, `make_timestamp_ltz` (the same under the default
/// `spark.sql.timestampType`) and their `try_` forms: the wall clock read in `tz` or the session time zone. The
/// seconds are `decimal(16,6)` (microseconds kept exactly); 60 with no fraction is the next minute, as Spark
/// allows. Fields out of range are Spark's `DATETIME_FIELD_OUT_OF_BOUNDS`, or null for the `try_` forms.
/// The `date`/`time` forms (`make_timestamp(date, time[, tz])`) read the date at that time of day.
enum MakeTimestampFunctions {
    static let all: [any ScalarFunction] = ["make_timestamp", "make_timestamp_ltz", "try_make_timestamp",
                                            "try_make_timestamp_ltz"].map { name in
        // Spark 4.3 names `try_make_timestamp` by its six fields even when given a zone.
        let sixFields: @Sendable ([String]) -> String = { "try_make_timestamp(\($0.prefix(6).joined(separator: ", ")))" }
        return RowFunction(name, arity: 2...7, nullability: .always, namer: name == "try_make_timestamp" ? sixFields : nil,
                    signature: { types, _ in
            if types.count <= 3 { return dateAndTime(types, result: .timestamp) }
            guard types.count >= 6 else {
                throw SparkError(.analysis, errorClass: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                                 message: "The `\(name)` requires [2, 3, 6, 7] parameters but the actual number is \(types.count).",
                                 sqlState: "42605")
            }
            // Integral fields of any width (range-checked below), the seconds as given: exact for a decimal,
            // rounded to the microsecond as Spark's cast to decimal(16,6) rounds a double.
            return FunctionSignature(inputs: [.long, .long, .long, .long, .long, types[5].isNumeric ? types[5] : .double]
                                       + (types.count == 7 ? [.string] : []), result: .timestamp)
        }) { v, context in
            do {
                if v.count <= 3 {
                    guard let wall = wallMicros(date: v[0], time: v[1]) else { return .null }
                    let zone = v.count == 3 ? SessionZone.javaZoneId(v[2].string) : context.sessionTimeZone
                    return .timestamp(SessionZone.instant(wallMicros: wall, zone: zone))
                }
                return try make(v, zone: v.count == 7 ? SessionZone.javaZoneId(v[6].string) : context.sessionTimeZone)
            } catch where name.hasPrefix("try_") {
                return .null
            }
        }
    }

    /// The `(date, time[, tz])` form: a date and a `time(6)` (a string casts to either).
    static func dateAndTime(_ types: [DataType], result: DataType) -> FunctionSignature {
        FunctionSignature(inputs: [.date, .time] + (types.count == 3 ? [.string] : []), result: result)
    }

    /// The wall clock of a date at a time of day.
    static func wallMicros(date: Value, time: Value) -> Int64? {
        guard case .date(let days) = date, case .time(let micros) = time else { return nil }
        return Int64(days) * TimeOfDay.microsPerDay + micros
    }

    static func make(_ v: [Value], zone: String) throws -> Value {
        let fields = v.prefix(5).map { Int($0.int64Value ?? 0) }
        let micros: Int128
        switch v[5] {
        case .decimal(let d):
            let factor = (0..<abs(d.scale - 6)).reduce(Int128(1)) { r, _ in r * 10 }
            micros = d.scale <= 6 ? d.unscaled * factor : d.unscaled / factor
        default:
            guard let seconds = v[5].doubleValue, seconds.isFinite else { return .null }
            micros = Int128((seconds * 1_000_000).rounded(.toNearestOrAwayFromZero))
        }
        func check(_ name: String, _ value: Int, _ range: ClosedRange<Int>) throws {
            guard range.contains(value) else { throw outOfBounds(name, range, value) }
        }
        try check("MonthOfYear", fields[1], 1...12)
        let monthLength = TimestampArithmeticFunctions.daysInMonth(WallDateTime(year: fields[0], month: fields[1], day: 1))
        try check("DayOfMonth", fields[2], 1...monthLength)
        try check("HourOfDay", fields[3], 0...23)
        try check("MinuteOfHour", fields[4], 0...59)
        // 60 seconds (no fraction) is the next minute; otherwise seconds run below 60.
        guard micros >= 0, micros < 60_000_000 || micros == 60_000_000 else {
            throw SparkError(.execution, errorClass: "INVALID_FRACTION_OF_SECOND",
                             message: "Valid range for seconds is [0, 60] (inclusive), but the provided value is \(ValueCast.sqlText(v[5])). To avoid this error, use `try_make_timestamp`, which returns NULL on error.",
                             sqlState: "22023")
        }
        var t = WallDateTime(year: fields[0], month: fields[1], day: fields[2])
        t.hour = fields[3]; t.minute = fields[4]
        let wall = t.wallMicros + Int64(micros)
        return .timestamp(SessionZone.instant(wallMicros: wall, zone: zone))
    }

    static func outOfBounds(_ field: String, _ range: ClosedRange<Int>, _ value: Int) -> SparkError {
        SparkError(.execution, errorClass: "DATETIME_FIELD_OUT_OF_BOUNDS",
                   message: "Invalid value for \(field) (valid values \(range.lowerBound) - \(range.upperBound)): \(value). Use `try_make_timestamp` to tolerate invalid input and return NULL instead.",
                   sqlState: "22023")
    }
}
