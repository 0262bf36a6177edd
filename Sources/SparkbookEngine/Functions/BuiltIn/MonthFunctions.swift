import SparkbookUtilities
/// Spark's calendar-month arithmetic: `add_months`, `months_between`, `last_day` and `next_day`.
enum MonthFunctions {
    static let all: [any ScalarFunction] = [
        // `add_months(d, n)`: the same day `n` months on, clamped to the end of a shorter month.
        RowFunction("add_months", arity: 2...2, signature: Signatures.fixed([.date, .integer], .date)) { v, _ in
            guard case .date(let d) = v[0], let n = v[1].int64Value else { return .null }
            let t = WallDateTime(days: Int64(d))
            let index = t.year * 12 + (t.month - 1) + Int(n)
            let year = index >= 0 ? index / 12 : (index - 11) / 12, month = index - year * 12 + 1
            let day = min(t.day, CivilCalendar.daysInMonth(year, month))
            return .date(Int32(WallDateTime(year: year, month: month, day: day).days))
        },
        RowFunction("last_day", arity: 1...1, signature: Signatures.fixed([.date], .date)) { v, _ in
            guard case .date(let d) = v[0] else { return .null }
            let t = WallDateTime(days: Int64(d))
            return .date(Int32(WallDateTime(year: t.year, month: t.month, day: CivilCalendar.daysInMonth(t.year, t.month)).days))
        },
        // `next_day(d, "Mon")`: the first such weekday strictly after `d`.
        RowFunction("next_day", arity: 2...2, signature: Signatures.fixed([.date, .string], .date)) { v, _ in
            guard case .date(let d) = v[0] else { return .null }
            guard let target = weekday(v[1].string) else {
                throw SparkError(.execution, errorClass: "ILLEGAL_DAY_OF_WEEK",
                                 message: "Illegal input for day of week: \(v[1].string).", sqlState: "22009")
            }
            let current = WallDateTime(days: Int64(d)).isoWeekday
            let ahead = (target - current + 6) % 7 + 1
            return .date(d + Int32(ahead))
        },
        // `months_between(a, b, roundOff)`: whole months when the days of month match or both are month
        // ends, otherwise the remainder over a 31-day month; rounded to 8 places unless `roundOff` is false.
        RowFunction("months_between", arity: 2...3,
                    namer: { "months_between(\(($0.count == 2 ? $0 + ["true"] : $0).joined(separator: ", ")))" },
                    signature: Signatures.fixed([.timestamp, .timestamp, .boolean], .double)) { v, context in
            guard case .timestamp(let m1) = v[0], case .timestamp(let m2) = v[1] else { return .null }
            let a = SessionZone.civil(m1, context.sessionTimeZone), b = SessionZone.civil(m2, context.sessionTimeZone)
            let monthDiff = Double((a.year * 12 + a.month) - (b.year * 12 + b.month))
            func isMonthEnd(_ t: WallDateTime) -> Bool { t.day == CivilCalendar.daysInMonth(t.year, t.month) }
            if a.day == b.day || (isMonthEnd(a) && isMonthEnd(b)) { return .double(monthDiff) }
            func secondOfDay(_ t: WallDateTime) -> Int { t.hour * 3600 + t.minute * 60 + t.second }
            let seconds = Double((a.day - b.day) * 86_400 + secondOfDay(a) - secondOfDay(b))
            let months = monthDiff + seconds / (31 * 86_400)
            guard v.count < 3 || v[2] != .boolean(false) else { return .double(months) }
            return .double((months * 1e8 + 0.5).rounded(.down) / 1e8)
        },
    ]

    /// The ISO weekday (Monday 1) for Spark's day names: two letters, three letters or the full name.
    static func weekday(_ name: String) -> Int? {
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let lower = name.lowercased()
        guard let i = days.firstIndex(where: { $0 == lower || $0.prefix(3) == lower || $0.prefix(2) == lower }),
              lower.count == 2 || lower.count == 3 || lower == days[i] else { return nil }
        return i + 1
    }
}
