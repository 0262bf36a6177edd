import SparkbookUtilities

/// Spark 4's functions of `time(6)` values (microseconds since midnight): `make_time(h, m, s)`, `to_time(s[, fmt])`
/// and `try_to_time`, `time_from_seconds/millis/micros` and `time_to_seconds/millis/micros` (seconds as
/// `decimal(14,6)`), `time_trunc(unit, t)` and `time_diff(unit, start, end)` (whole units between, toward zero).
/// A time outside the day is Spark's `DATETIME_FIELD_OUT_OF_BOUNDS` (null for `try_to_time`).
enum TimeFunctions {
    static let units: [String: Int64] = [
        "HOUR": 3_600_000_000, "MINUTE": 60_000_000, "SECOND": 1_000_000, "MILLISECOND": 1_000, "MICROSECOND": 1,
    ]

    static let all: [any ScalarFunction] = [
        RowFunction("make_time", arity: 3...3, nullability: .whenAnyArgument, signature: { types, _ in
            FunctionSignature(inputs: [.integer, .integer, IntervalFunctions.seconds(types[2])], result: .time)
        }) { v, _ in
            guard let seconds = IntervalFunctions.secondsMicros(v[2]), let h = v[0].int64Value, let m = v[1].int64Value else { return .null }
            guard (0...23).contains(h) else { throw MakeTimestampFunctions.outOfBounds("HourOfDay", 0...23, Int(h)) }
            guard (0...59).contains(m) else { throw MakeTimestampFunctions.outOfBounds("MinuteOfHour", 0...59, Int(m)) }
            guard seconds >= 0 && seconds < 60_000_000 else {
                throw MakeTimestampFunctions.outOfBounds("SecondOfMinute", 0...59, Int(seconds / 1_000_000))
            }
            return .time((h * 3600 + m * 60) * 1_000_000 + Int64(seconds))
        },
        toTime("to_time"), toTime("try_to_time"),
        fromUnit("time_from_seconds", 1_000_000), fromUnit("time_from_millis", 1_000), fromUnit("time_from_micros", 1),
        RowFunction("time_to_seconds", arity: 1...1, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.time], .decimal(precision: 14, scale: 6))) { v, _ in
            guard case .time(let micros) = v[0] else { return .null }
            return .decimal(DecimalValue(unscaled: Int128(micros), precision: 14, scale: 6))
        },
        toUnit("time_to_millis", 1_000), toUnit("time_to_micros", 1),
        RowFunction("time_trunc", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .time], .time)) { v, _ in
            guard case .time(let micros) = v[1] else { return .null }
            let step = try unit(v[0], in: "time_trunc")
            return .time(micros / step * step)
        },
        RowFunction("time_diff", arity: 3...3, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.string, .time, .time], .long)) { v, _ in
            guard case .time(let start) = v[1], case .time(let end) = v[2] else { return .null }
            return .long((end - start) / (try unit(v[0], in: "time_diff")))
        },
    ]

    static func toTime(_ name: String) -> RowFunction {
        RowFunction(name, arity: 1...2, nullability: name.hasPrefix("try_") ? .always : .whenAnyArgument,
                    signature: { types, _ in FunctionSignature(inputs: Array(repeating: .string, count: types.count), result: .time) }) { v, _ in
            let text = v[0].string
            var micros: Int64?
            if v.count == 1 {
                micros = TimeOfDay.parse(text)
            } else if let t = try? DateTimePattern(v[1].string).parse(text) {
                micros = CivilCalendar.floorDivide(t.wallMicros, TimeOfDay.microsPerDay).remainder
            }
            if let micros { return .time(micros) }
            if name.hasPrefix("try_") { return .null }
            throw SparkError(.execution, errorClass: "CANNOT_PARSE_TIME",
                             message: "The input string '\(text)' cannot be parsed to a TIME value because it does not match to the datetime format '\(v.count == 2 ? v[1].string : "HH:mm:ss")'.",
                             sqlState: "22010")
        }
    }

    static func fromUnit(_ name: String, _ microsPerUnit: Int64) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, signature: { types, _ in
            FunctionSignature(inputs: [microsPerUnit == 1_000_000 ? IntervalFunctions.seconds(types[0]) : .long], result: .time)
        }) { v, _ in
            let micros: Int128
            if microsPerUnit == 1_000_000 {
                guard let m = IntervalFunctions.secondsMicros(v[0]) else { return .null }
                micros = m
            } else {
                micros = Int128(v[0].int64Value ?? 0) * Int128(microsPerUnit)
            }
            guard micros >= 0 && micros < Int128(TimeOfDay.microsPerDay) else {
                throw SparkError(.execution, errorClass: "DATETIME_FIELD_OUT_OF_BOUNDS",
                                 message: "Invalid value for NanoOfDay (valid values 0 - 86399999999999): \(micros * 1_000).",
                                 sqlState: "22023")
            }
            return .time(Int64(micros))
        }
    }

    static func toUnit(_ name: String, _ microsPerUnit: Int64) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.time], .long)) { v, _ in
            guard case .time(let micros) = v[0] else { return .null }
            return .long(micros / microsPerUnit)
        }
    }

    static func unit(_ value: Value, in function: String) throws -> Int64 {
        let name = ValueCast.sqlText(value).uppercased()
        guard let step = units[name] else {
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.TIME_UNIT",
                             message: "The value of parameter(s) `unit` in `\(function)` is invalid: expects one of the units 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'MICROSECOND', but got '\(ValueCast.sqlText(value))'.",
                             sqlState: "22023")
        }
        return step
    }
}
