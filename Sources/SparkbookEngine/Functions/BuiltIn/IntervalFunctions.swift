/// Spark's interval constructors: `make_interval(y, mo, w, d, h, mi, s)` (the legacy CalendarInterval) and its
/// `try_` form, `make_dt_interval(d, h, mi, s)` (`interval day to second`), `make_ym_interval(y, mo)` (`interval
/// year to month`). Fields are INTs (a BIGINT column casts down), seconds exact to the microsecond (a double
/// rounded half up, as Spark's cast to `decimal(18,6)`); an overflow is `ARITHMETIC_OVERFLOW`, null for
/// `try_make_interval`.
enum IntervalFunctions {
    static let all: [any ScalarFunction] = [
        makeInterval("make_interval"), makeInterval("try_make_interval"),
        RowFunction("make_dt_interval", arity: 4...4, nullability: .whenAnyArgument, signature: { types, _ in
            FunctionSignature(inputs: [.integer, .integer, .integer, seconds(types[3])], result: .dayTimeInterval)
        }) { v, _ in
            guard let micros = secondsMicros(v[3]) else { return .null }
            let fields = v.prefix(3).map { $0.int64Value ?? 0 }
            let total = try exact(Int128(fields[0]) * 86_400_000_000 + Int128(fields[1]) * 3_600_000_000
                                  + Int128(fields[2]) * 60_000_000 + micros, Int64.self, "make_dt_interval")
            return .dayTimeInterval(total)
        },
        RowFunction("make_ym_interval", arity: 2...2, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.integer, .integer], .yearMonthInterval)) { v, _ in
            let months = Int128(v[0].int64Value ?? 0) * 12 + Int128(v[1].int64Value ?? 0)
            return .yearMonthInterval(try exact(months, Int32.self, "make_ym_interval"))
        },
    ]

    static func makeInterval(_ name: String) -> RowFunction {
        RowFunction(name, arity: 7...7, nullability: name.hasPrefix("try_") ? .always : .whenAnyArgument, signature: { types, _ in
            FunctionSignature(inputs: Array(repeating: .integer, count: 6) + [seconds(types[6])], result: .calendarInterval)
        }) { v, _ in
            do {
                guard let secondMicros = secondsMicros(v[6]) else { return .null }
                let f = v.prefix(6).map { Int128($0.int64Value ?? 0) }
                let months = try exact(f[0] * 12 + f[1], Int32.self, name)
                let days = try exact(f[2] * 7 + f[3], Int32.self, name)
                let micros = try exact(f[4] * 3_600_000_000 + f[5] * 60_000_000 + secondMicros, Int64.self, name)
                return .calendarInterval(CalendarInterval(months: months, days: days, micros: micros))
            } catch where name.hasPrefix("try_") {
                return .null
            }
        }
    }

    /// Seconds keep an exact type (a decimal, an integer); anything else is read as a double.
    static func seconds(_ type: DataType) -> DataType {
        switch type {
        case .decimal, .integer, .long, .short, .byte: type
        default: .double
        }
    }

    /// Seconds as microseconds: a decimal exactly (digits past the sixth dropped), a double rounded half up.
    static func secondsMicros(_ value: Value) -> Int128? {
        switch value {
        case .decimal(let d):
            let factor = (0..<abs(d.scale - 6)).reduce(Int128(1)) { r, _ in r * 10 }
            return d.scale <= 6 ? d.unscaled * factor : d.unscaled / factor
        default:
            if let whole = value.int64Value { return Int128(whole) * 1_000_000 }
            guard let seconds = value.doubleValue, seconds.isFinite, abs(seconds) < 9e12 else { return nil }
            return Int128((seconds * 1_000_000).rounded(.toNearestOrAwayFromZero))
        }
    }

    static func exact<T: FixedWidthInteger>(_ value: Int128, _ type: T.Type, _ function: String) throws -> T {
        guard let result = T(exactly: value) else { throw overflow(function) }
        return result
    }

    static func overflow(_ function: String) -> SparkError {
        let tryName = function.hasPrefix("try_") ? function : "try_" + function
        return SparkError(.execution, errorClass: "ARITHMETIC_OVERFLOW",
                          message: "integer overflow. Use '\(tryName)' to tolerate overflow and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                          sqlState: "22003")
    }
}
