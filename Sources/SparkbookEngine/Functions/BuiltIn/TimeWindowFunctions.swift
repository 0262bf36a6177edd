/// Spark's event-time windows as functions of a row's time (`TimeWindowing`, `SessionWindowing`):
/// - `__time_windows(ts, duration, slide, start)`: every window `[start, end)` of `duration` microseconds,
///   starting `slide` apart from `start`, that holds `ts`, latest first (Spark's Expand order); the DataFrame API
///   explodes it as the column `window`, so a null time gives no row, as Spark filters it;
/// - `window_time(window)`: the window's end less one microsecond, the latest time inside it;
/// - `session_window(ts, gap)`: the session a lone row opens, `[ts, ts + gap)`; grouping merges them
///   (DataFrame's `GroupedData+SessionWindow`).
/// The bounds keep the time's type (`timestamp` or `timestamp_ntz`).
public enum TimeWindowFunctions {
    public static let windows = "__time_windows"

    static let all: [any ScalarFunction] = [
        RowFunction(windows, arity: 4...4, nullability: .whenAnyArgument, signature: { types, _ in
            let time = timeType(types[0])
            return FunctionSignature(inputs: [time, .long, .long, .long],
                                     result: .array(element: bounds(time), containsNull: false))
        }) { v, _ in
            guard let ts = micros(v[0]), let duration = v[1].int64Value, let slide = v[2].int64Value,
                  let start = v[3].int64Value, slide > 0 else { return .null }
            let remainder = (ts - start) % slide
            let lastStart = ts - (remainder < 0 ? remainder + slide : remainder)
            let count = (duration + slide - 1) / slide
            var result: [Value] = []
            for i in 0..<count {
                let windowStart = lastStart - i * slide, windowEnd = windowStart + duration
                guard ts >= windowStart && ts < windowEnd else { continue }
                result.append(structure(windowStart, windowEnd, like: v[0]))
            }
            return .array(result)
        },
        RowFunction("window_time", arity: 1...1, nullability: .whenAnyArgument, signature: { types, _ in
            guard case .structure(let s) = types[0], s.names == ["start", "end"],
                  [.timestamp, .timestampNTZ].contains(s.fields[1].dataType) else {
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"STRUCT<start: TIMESTAMP, end: TIMESTAMP>\""),
                                           actual: types[0])
            }
            return FunctionSignature(inputs: types, result: s.fields[1].dataType)
        }) { v, _ in
            guard case .structure(_, let bounds) = v[0], let end = micros(bounds[1]) else { return .null }
            return bounds[1].dataType == .timestampNTZ ? .timestampNTZ(end - 1) : .timestamp(end - 1)
        },
        RowFunction("session_window", arity: 2...2, nullability: .never, namer: { _ in "session_window" }, signature: { types, _ in
            let time = timeType(types[0])
            return FunctionSignature(inputs: [time, .long], result: bounds(time))
        }) { v, _ in
            guard let ts = micros(v[0]), let gap = v[1].int64Value else { return .null }
            return structure(ts, ts + gap, like: v[0])
        },
    ]

    /// A `timestamp_ntz` time stays one; anything else is read as a `timestamp` (strings cast, as Spark does).
    static func timeType(_ type: DataType) -> DataType { type == .timestampNTZ ? .timestampNTZ : .timestamp }

    /// `struct<start: T, end: T>`, both fields nullable as Spark declares them.
    public static func bounds(_ time: DataType) -> DataType {
        .structure(StructType([StructField("start", time, nullable: true), StructField("end", time, nullable: true)]))
    }

    static func micros(_ value: Value) -> Int64? {
        switch value {
        case .timestamp(let m), .timestampNTZ(let m): m
        default: nil
        }
    }

    static func structure(_ start: Int64, _ end: Int64, like time: Value) -> Value {
        let ntz = time.dataType == .timestampNTZ
        return .structure(names: ["start", "end"], values: ntz ? [.timestampNTZ(start), .timestampNTZ(end)]
                                                              : [.timestamp(start), .timestamp(end)])
    }
}

