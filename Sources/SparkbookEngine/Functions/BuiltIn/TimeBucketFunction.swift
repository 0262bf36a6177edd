import SparkbookUtilities
/// `time_bucket(width, ts[, origin])`: the start of the bucket of `width` holding `ts`, buckets laid from `origin`
/// (by default 1970-01-01 00:00:00 on the session's wall clock): a day-time width divides elapsed microseconds,
/// a year-month width whole months of the wall clock.
enum TimeBucketFunction {
    static let function = RowFunction("time_bucket", arity: 2...3, nullability: .whenAnyArgument, signature: { types, _ in
        guard [.dayTimeInterval, .yearMonthInterval].contains(types[0]) else {
            throw ArgumentTypeMismatch(argument: 0, .parameter(required: "(\"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\")"),
                                       actual: types[0])
        }
        let time = TimeWindowFunctions.timeType(types[1])
        return FunctionSignature(inputs: [types[0], time] + (types.count == 3 ? [time] : []), result: time)
    }) { v, context in
        guard let ts = TimeWindowFunctions.micros(v[1]) else { return .null }
        let zone = v[1].dataType == .timestampNTZ ? "UTC" : context.sessionTimeZone
        let origin = v.count == 3 ? TimeWindowFunctions.micros(v[2]) ?? 0 : SessionZone.instant(wallMicros: 0, zone: zone)
        let start: Int64
        switch v[0] {
        case .dayTimeInterval(let width) where width > 0:
            let (q, _) = CivilCalendar.floorDivide(ts - origin, width)
            start = origin + q * width
        case .yearMonthInterval(let width) where width > 0:
            let months = TimestampArithmeticFunctions.monthsBetween(SessionZone.civil(origin, zone), SessionZone.civil(ts, zone))
            let (q, _) = CivilCalendar.floorDivide(months, Int64(width))
            start = TimestampArithmeticFunctions.shift(origin, months: q * Int64(width), days: 0, zone: zone)
        default:
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE",
                             message: "The value of parameter(s) `bucket_width` in `time_bucket` is invalid: must be positive.",
                             sqlState: "22023")
        }
        return v[1].dataType == .timestampNTZ ? .timestampNTZ(start) : .timestamp(start)
    }
}
