import SparkbookDataFrame
import SparkbookEngine

/// Date, time and arithmetic functions beyond `shapes`' first set, bound the same way (PySpark's parameter
/// names; `dateadd` is `date_add` and `timestamp_add` is SQL's `timestampadd`, as Spark names their columns).
extension FunctionsBinding {
    static let moreShapes: [String: Shape] = {
        var table: [String: Shape] = [:]
        func add(_ names: [String], _ engine: String? = nil, _ params: [Parameter], required: Int? = nil) {
            for name in names {
                table[name] = Shape(engineName: engine ?? name, parameters: params, required: required ?? params.count,
                                    variadicColumns: false)
            }
        }
        add(["date_part", "datepart", "extract"], nil, [.column("field"), .column("source")])
        add(["date_diff"], nil, [.column("end"), .column("start")])
        add(["dateadd"], "date_add", [.column("start"), .columnOrNumber("days")])
        add(["timestamp_add"], "timestampadd", [.literal("unit"), .column("quantity"), .column("ts")])
        add(["timestamp_diff"], "timestampdiff", [.literal("unit"), .column("start"), .column("end")])
        add(["from_utc_timestamp", "to_utc_timestamp"], nil, [.column("timestamp"), .either("tz")])
        add(["try_to_timestamp"], nil, [.column("col"), .either("format")], required: 1)
        add(["try_to_date"], nil, [.column("col"), .either("format")], required: 1)
        add(["width_bucket"], nil, [.column("v"), .column("min"), .column("max"), .columnOrNumber("numBucket")])
        add(["try_mod"], nil, [.column("left"), .column("right")])
        add(["to_timestamp_ltz"], nil, [.column("timestamp"), .column("format")], required: 1)
        add(["now", "curdate", "localtimestamp"], nil, [])
        add(["make_time"], nil, [.column("hour"), .column("minute"), .column("second")])
        add(["to_time", "try_to_time"], nil, [.column("str"), .column("format")], required: 1)
        add(["time_diff"], nil, [.column("unit"), .column("start"), .column("end")])
        add(["time_trunc"], nil, [.column("unit"), .column("time")])
        add(["time_from_seconds", "time_from_millis", "time_from_micros", "time_to_seconds", "time_to_millis",
             "time_to_micros"], nil, [.column("col")])
        add(["time_bucket"], nil, [.column("bucket_size"), .column("ts"), .column("origin")], required: 2)
        add(["make_timestamp_ltz", "try_make_timestamp_ltz"], nil,
            [.column("years"), .column("months"), .column("days"), .column("hours"), .column("mins"), .column("secs"),
             .column("timezone")], required: 6)
        return table
    }()
}

/// The date-time functions whose arguments need more than a `Shape`: defaults Spark shows in the column name
/// (`make_interval(year, 0, 0, 0, 0, 0, 0)`), duration strings parsed here (`window`, `session_window`), an
/// optional leading argument (`convert_timezone`).
extension FunctionsBinding {
    static let dateTimeCallNames: Set<String> = [
        "make_interval", "try_make_interval", "make_dt_interval", "make_ym_interval", "window", "window_time",
        "session_window", "convert_timezone", "make_timestamp", "try_make_timestamp", "make_timestamp_ntz",
        "try_make_timestamp_ntz", "to_timestamp_ntz", "counter_diff",
    ]

    static func dateTimeCall(_ name: String, _ args: CallArguments) throws -> PyValue? {
        guard dateTimeCallNames.contains(name) else { return nil }
        func defaulted(_ parameters: [String]) throws -> [Expression] {
            try args.bind(parameters).map { try $0?.column(name).expression ?? .literal(.integer(0)) }
        }
        switch name {
        case "make_interval", "try_make_interval":
            return call(name, try defaulted(["years", "months", "weeks", "days", "hours", "mins", "secs"]))
        case "make_dt_interval":
            return call(name, try defaulted(["days", "hours", "mins", "secs"]))
        case "make_ym_interval":
            return call(name, try defaulted(["years", "months"]))
        case "make_timestamp", "try_make_timestamp", "make_timestamp_ntz", "try_make_timestamp_ntz":
            let v = try args.bind(["years", "months", "days", "hours", "mins", "secs", "timezone", "date", "time"])
            // The `date`/`time` form: make_timestamp(date, time[, timezone]).
            let fields = v[7] != nil || v[8] != nil ? [v[7], v[8], name.hasSuffix("_ntz") ? nil : v[6]].compactMap { $0 }
                : v.prefix(name.hasSuffix("_ntz") ? 6 : 7).compactMap { $0 }
            return call(name, try fields.map { try $0.column(name).expression })
        case "to_timestamp_ntz":
            let v = try args.bind(["timestamp", "format"], required: 1)
            return call(name, try v.compactMap { $0 }.map { try $0.column(name).expression })
        case "convert_timezone":
            let v = try args.bind(["sourceTz", "targetTz", "sourceTs"], required: 3)
            let source: [PyValue] = if case .none? = v[0] { [] } else { [v[0]!] }
            return call(name, try (source + [v[1]!]).map { try $0.literalColumn().expression } + [try v[2]!.column(name).expression])
        case "counter_diff":
            // A window function only: `.over(w)` plans it (Column+CounterDiff).
            let v = try args.bind(["value", "startTime"], required: 1)
            return call(name, try v.compactMap { $0 }.map { try $0.column(name).expression })
        case "window_time":
            let v = try args.bind(["windowColumn"], required: 1)
            return call(name, [try v[0]!.column(name).expression])
        case "window":
            let v = try args.bind(["timeColumn", "windowDuration", "slideDuration", "startTime"], required: 2)
            let time = try v[0]!.column(name).expression
            let duration = try micros(v[1]!, "windowDuration")
            let slide = try v[2].map { try micros($0, "slideDuration") } ?? duration
            let start = try v[3].map { try micros($0, "startTime") } ?? 0
            let shown = "window(\(time.generatedName), \(duration), \(slide), \(start))"
            for (parameter, value) in [("window_duration", duration), ("slide_duration", slide)] where value <= 0 {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                                 message: "Cannot resolve \"\(shown)\" due to data type mismatch: The `\(parameter)` must be between (0, 9223372036854775807] (current value = \(value)L).",
                                 sqlState: "42K09")
            }
            guard slide <= duration else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.PARAMETER_CONSTRAINT_VIOLATION",
                                 message: "Cannot resolve \"\(shown)\" due to data type mismatch: The `slide_duration`(\(slide)L) must be <= the `window_duration`(\(duration)L).",
                                 sqlState: "42K09")
            }
            let windows = Expression.function(TimeWindowFunctions.windows,
                                              [time, .literal(.long(duration)), .literal(.long(slide)), .literal(.long(start))])
            return .column(Column(.alias(.function("explode", [windows]), name: "window")))
        case "session_window":
            let v = try args.bind(["timeColumn", "gapDuration"], required: 2)
            let gap: Expression = if case .column(let c) = v[1]! { c.expression } else { .literal(.long(try micros(v[1]!, "gapDuration"))) }
            return call(name, [try v[0]!.column(name).expression, gap])
        default:
            return nil
        }
    }

    private static func call(_ name: String, _ arguments: [Expression]) -> PyValue {
        .column(Column(.function(name, arguments)))
    }

    /// A duration string (`'5 seconds'`) in microseconds, refused as Spark refuses it: unparseable, or with months.
    private static func micros(_ value: PyValue, _ parameter: String) throws -> Int64 {
        guard case .string(let text) = value else {
            throw ScriptError("PySparkTypeError", "[NOT_STR] Argument `\(parameter)` should be a str, got \(value.typeName).")
        }
        guard let interval = IntervalText.parse(text) else {
            throw SparkError(.analysis, errorClass: "CANNOT_PARSE_INTERVAL",
                             message: "Unable to parse '\(text)'. Please ensure that the value provided is in a valid format for defining an interval. You can reference the documentation for the correct format. If the issue persists, please double check that the input value is not null or empty and try again.")
        }
        guard interval.months == 0 else {
            throw SparkError(.illegalArgument, message: "Intervals greater than a month is not supported (\(text)).")
        }
        return Int64(interval.days) * 86_400_000_000 + interval.micros
    }
}
