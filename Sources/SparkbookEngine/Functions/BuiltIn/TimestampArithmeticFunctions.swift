/// `timestampadd(unit, quantity, ts)` and `timestampdiff(unit, start, end)` (PySpark's `timestamp_add` and
/// `timestamp_diff`), as Spark's `DateTimeUtils.timestampAdd`/`timestampDiff`: days, weeks, months, quarters and
/// years move the wall clock in the session time zone (a month's end clamped), smaller units the instant;
/// differences in months and up are `java.time`'s `ChronoUnit.between` of the wall clocks, smaller ones whole
/// units of elapsed microseconds.
enum TimestampArithmeticFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("timestampadd", arity: 3...3, nullIntolerant: true, nullability: .whenAnyArgument,
                    signature: { types, _ in
            FunctionSignature(inputs: [.string, .long, types[2] == .date ? .date : .timestamp], result: .timestamp)
        }) { v, context in
            let micros: Int64
            switch v[2] {
            case .timestamp(let t): micros = t
            case .date(let d): micros = SessionZone.instant(wallMicros: Int64(d) * microsPerDay, zone: context.sessionTimeZone)
            default: return .null
            }
            return .timestamp(try add(unit(v[0], in: "timestampadd"), v[1].int64Value ?? 0, to: micros,
                                      zone: context.sessionTimeZone))
        },
        RowFunction("timestampdiff", arity: 3...3, nullIntolerant: true, nullability: .whenAnyArgument,
                    signature: { _, _ in
            FunctionSignature(inputs: [.string, .timestamp, .timestamp], result: .long)
        }) { v, context in
            guard case .timestamp(let start) = v[1], case .timestamp(let end) = v[2] else { return .null }
            return .long(try difference(unit(v[0], in: "timestampdiff"), from: start, to: end, zone: context.sessionTimeZone))
        },
    ]

    static let microsPerDay: Int64 = 86_400_000_000

    /// The units of elapsed time, in microseconds.
    static let elapsedUnits: [String: Int64] = [
        "MICROSECOND": 1, "MILLISECOND": 1_000, "SECOND": 1_000_000, "MINUTE": 60_000_000, "HOUR": 3_600_000_000,
        "DAY": microsPerDay, "WEEK": 7 * microsPerDay,
    ]

    static func unit(_ value: Value, in function: String) throws -> String {
        let unit = ValueCast.sqlText(value).uppercased()
        let known = ["YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "DAYOFYEAR", "HOUR", "MINUTE", "SECOND", "MILLISECOND",
                     "MICROSECOND"]
        guard known.contains(unit) else {
            throw SparkError(.analysis, errorClass: "INVALID_PARAMETER_VALUE.DATETIME_UNIT",
                             message: "The value of parameter(s) `unit` in `\(function)` is invalid: expects one of the units without quotes YEAR, QUARTER, MONTH, WEEK, DAY, DAYOFYEAR, HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND, but got the string literal '\(ValueCast.sqlText(value))'.",
                             sqlState: "22023")
        }
        return unit
    }

    static func add(_ unit: String, _ quantity: Int64, to micros: Int64, zone: String) throws -> Int64 {
        switch unit {
        case "YEAR": return shift(micros, months: quantity * 12, days: 0, zone: zone)
        case "QUARTER": return shift(micros, months: quantity * 3, days: 0, zone: zone)
        case "MONTH": return shift(micros, months: quantity, days: 0, zone: zone)
        case "WEEK": return shift(micros, months: 0, days: quantity * 7, zone: zone)
        case "DAY", "DAYOFYEAR": return shift(micros, months: 0, days: quantity, zone: zone)
        default:
            let (step, o1) = quantity.multipliedReportingOverflow(by: elapsedUnits[unit]!)
            let (sum, o2) = micros.addingReportingOverflow(step)
            if o1 || o2 { throw ValueArithmetic.overflow("add") }
            return sum
        }
    }

    /// `LocalDateTime.plusMonths(months).plusDays(days)` of the wall clock in `zone`, back to an instant.
    static func shift(_ micros: Int64, months: Int64, days: Int64, zone: String) -> Int64 {
        var t = SessionZone.civil(micros, zone)
        if months != 0 {
            let total = Int64(t.year) * 12 + Int64(t.month - 1) + months
            let year = Int(total >= 0 ? total / 12 : (total - 11) / 12), month = Int(total - Int64(year) * 12) + 1
            let moved = WallDateTime(year: year, month: month, day: 1)
            t = WallDateTime(year: year, month: month, day: min(t.day, daysInMonth(moved)))
                .with(time: SessionZone.civil(micros, zone))
        }
        let wall = t.wallMicros + days * microsPerDay
        return SessionZone.instant(wallMicros: wall, zone: zone)
    }

    static func daysInMonth(_ first: WallDateTime) -> Int {
        let next = first.month == 12 ? WallDateTime(year: first.year + 1, month: 1, day: 1)
            : WallDateTime(year: first.year, month: first.month + 1, day: 1)
        return Int(next.days - first.days)
    }

    static func difference(_ unit: String, from start: Int64, to end: Int64, zone: String) throws -> Int64 {
        if let step = elapsedUnits[unit] { return (end - start) / step }
        let months = monthsBetween(SessionZone.civil(start, zone), SessionZone.civil(end, zone))
        switch unit {
        case "YEAR": return months / 12
        case "QUARTER": return months / 3
        default: return months
        }
    }

    /// `ChronoUnit.MONTHS.between` of two wall clocks: the end date moved a day towards the start when its time
    /// of day has not reached the start's, then whole months of the packed (month, day) difference.
    static func monthsBetween(_ a: WallDateTime, _ b: WallDateTime) -> Int64 {
        let aTime = a.wallMicros - a.days * microsPerDay, bTime = b.wallMicros - b.days * microsPerDay
        var endDays = b.days
        if endDays > a.days && bTime < aTime { endDays -= 1 } else if endDays < a.days && bTime > aTime { endDays += 1 }
        let end = WallDateTime(days: endDays)
        let packed1 = (Int64(a.year) * 12 + Int64(a.month - 1)) * 32 + Int64(a.day)
        let packed2 = (Int64(end.year) * 12 + Int64(end.month - 1)) * 32 + Int64(end.day)
        return (packed2 - packed1) / 32
    }
}

extension WallDateTime {
    /// This date at the time of day of `time`.
    func with(time: WallDateTime) -> WallDateTime {
        var t = self
        t.hour = time.hour; t.minute = time.minute; t.second = time.second; t.micros = time.micros
        return t
    }
}
