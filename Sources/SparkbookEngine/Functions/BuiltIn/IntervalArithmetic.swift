/// `+`, `-`, `*` and `/` where an interval takes part, bound by `ExpressionBinder` to these functions:
/// `__datetime_add`/`__datetime_subtract` (a timestamp, `timestamp_ntz` or date moved by an interval, as
/// `DateTimeUtils.timestampAddInterval` moves the wall clock in the session zone by months and days, then the
/// instant by microseconds; or two intervals of one kind added), `__interval_multiply`/`__interval_divide`
/// (an interval scaled by a number: ANSI intervals rounded half up, the legacy interval by
/// `IntervalUtils.fromDoubles`). `try_divide` of an interval reuses `divide`.
public enum IntervalArithmetic {
    public static let add = "__datetime_add", subtract = "__datetime_subtract"
    public static let multiply = "__interval_multiply", divide = "__interval_divide"

    public static func isInterval(_ type: DataType) -> Bool {
        [.dayTimeInterval, .yearMonthInterval, .calendarInterval].contains(type)
    }

    static let all: [any ScalarFunction] = [
        shift(add, sign: 1), shift(subtract, sign: -1),
        RowFunction(multiply, arity: 2...2, nullability: .whenAnyArgument, signature: { types, _ in
            FunctionSignature(inputs: [types[0], .double], result: types[0])
        }) { v, _ in try scale(v[0], by: v[1].doubleValue ?? 0, dividing: false) },
        RowFunction(divide, arity: 2...2, nullability: .always, signature: { types, _ in
            FunctionSignature(inputs: [types[0], .double], result: types[0])
        }) { v, _ in
            guard let divisor = v[1].doubleValue, divisor != 0 else { throw ValueArithmetic.divideByZero }
            return try scale(v[0], by: divisor, dividing: true)
        },
    ]

    static func shift(_ name: String, sign: Int64) -> RowFunction {
        RowFunction(name, arity: 2...2, nullability: .whenAnyArgument, signature: { types, _ in
            let (l, r) = (types[0], types[1])
            switch (l, r) {
            case (.timestamp, _), (.timestampNTZ, _): return FunctionSignature(inputs: types, result: l)
            case (.date, .yearMonthInterval): return FunctionSignature(inputs: types, result: .date)
            case (.date, .dayTimeInterval), (.date, .calendarInterval):
                return FunctionSignature(inputs: [.timestamp, r], result: .timestamp)
            case (.string, _): return FunctionSignature(inputs: [.timestamp, r], result: .timestamp)
            default:
                guard l == r else { throw ArgumentTypeMismatch(argument: 1, .parameter(required: "\"\(l.simpleString.uppercased())\""), actual: r) }
                return FunctionSignature(inputs: types, result: l)
            }
        }) { v, context in
            switch (v[0], v[1]) {
            case (.dayTimeInterval(let a), .dayTimeInterval(let b)): return .dayTimeInterval(try exact(Int128(a) + Int128(sign) * Int128(b)))
            case (.yearMonthInterval(let a), .yearMonthInterval(let b)):
                return .yearMonthInterval(try IntervalFunctions.exact(Int128(a) + Int128(sign) * Int128(b), Int32.self, "add"))
            case (.calendarInterval(let a), .calendarInterval(let b)):
                return .calendarInterval(CalendarInterval(months: a.months &+ Int32(sign) &* b.months, days: a.days &+ Int32(sign) &* b.days,
                                                          micros: a.micros &+ sign &* b.micros))
            case (.date(let d), .yearMonthInterval(let m)):
                let moved = TimestampArithmeticFunctions.shift(Int64(d) * 86_400_000_000, months: sign * Int64(m), days: 0, zone: "UTC")
                return .date(Int32(moved / 86_400_000_000))
            default:
                let (months, days, micros) = parts(v[1])
                switch v[0] {
                case .timestamp(let t):
                    return .timestamp(try move(t, sign * months, sign * days, sign * micros, zone: context.sessionTimeZone))
                case .timestampNTZ(let t):
                    return .timestampNTZ(try move(t, sign * months, sign * days, sign * micros, zone: "UTC"))
                default: return .null
                }
            }
        }
    }

    /// An interval's months, days and microseconds.
    static func parts(_ interval: Value) -> (Int64, Int64, Int64) {
        switch interval {
        case .dayTimeInterval(let m): (0, 0, m)
        case .yearMonthInterval(let m): (Int64(m), 0, 0)
        case .calendarInterval(let c): (Int64(c.months), Int64(c.days), c.micros)
        default: (0, 0, 0)
        }
    }

    static func move(_ t: Int64, _ months: Int64, _ days: Int64, _ micros: Int64, zone: String) throws -> Int64 {
        let shifted = months == 0 && days == 0 ? t : TimestampArithmeticFunctions.shift(t, months: months, days: days, zone: zone)
        return try exact(Int128(shifted) + Int128(micros))
    }

    static func scale(_ interval: Value, by factor: Double, dividing: Bool) throws -> Value {
        func rounded(_ x: Double) -> Double { x.rounded(.toNearestOrAwayFromZero) }
        switch interval {
        case .dayTimeInterval(let m):
            let r = rounded(dividing ? Double(m) / factor : Double(m) * factor)
            guard let v = Int64(exactly: r) else { throw IntervalFunctions.overflow("multiply") }
            return .dayTimeInterval(v)
        case .yearMonthInterval(let m):
            let r = rounded(dividing ? Double(m) / factor : Double(m) * factor)
            guard let v = Int32(exactly: r) else { throw IntervalFunctions.overflow("multiply") }
            return .yearMonthInterval(v)
        case .calendarInterval(let c):
            let f = dividing ? 1 / factor : factor
            let months = Double(c.months) * f, days = Double(c.days) * f
            let wholeMonths = months.rounded(.towardZero), wholeDays = days.rounded(.towardZero)
            let micros = Double(c.micros) * f + 86_400_000_000 * (days - wholeDays)
            guard let m = Int32(exactly: wholeMonths), let d = Int32(exactly: wholeDays), let u = Int64(exactly: micros.rounded()) else {
                throw IntervalFunctions.overflow("multiply")
            }
            return .calendarInterval(CalendarInterval(months: m, days: d, micros: u))
        default: return .null
        }
    }

    static func exact(_ value: Int128) throws -> Int64 { try IntervalFunctions.exact(value, Int64.self, "add") }
}
