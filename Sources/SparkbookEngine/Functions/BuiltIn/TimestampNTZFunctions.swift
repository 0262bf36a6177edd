/// Functions that make or move `timestamp_ntz` values (a wall clock without a zone):
/// `to_timestamp_ntz(s[, fmt])`, `make_timestamp_ntz`/`try_make_timestamp_ntz` (the fields read as is, no zone)
/// and `convert_timezone([from, ]to, ts)`: the wall clock `ts` in zone `from` (the session's by default) as the
/// wall clock of zone `to` at that instant, as Spark's `DateTimeUtils.convertTimestampNtzToAnotherTz`; and
/// `localtimestamp()`, the query's start on the session's wall clock.
enum TimestampNTZFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("to_timestamp_ntz", arity: 1...2, signature: { t, _ in
            let first: DataType = [.date, .timestamp, .timestampNTZ].contains(t[0]) ? t[0] : .string
            return FunctionSignature(inputs: t.count == 1 ? [first] : [.string, .string], result: .timestampNTZ)
        }) { v, context in
            if v.count == 1 { return try DateTimeFunctions.ansiCast(v[0], to: .timestampNTZ, context: context) }
            guard let t = try DateTimePattern(v[1].string).parse(v[0].string) else {
                throw DateTimeFunctions.cannotParse(v[0].string, pattern: v[1].string)
            }
            return .timestampNTZ(t.wallMicros)
        },
        makeTimestampNTZ("make_timestamp_ntz"), makeTimestampNTZ("try_make_timestamp_ntz"),
        // `localtimestamp()`: the query's start on the session's wall clock.
        RowFunction("localtimestamp", arity: 0...0, nullability: .never, namer: { _ in "localtimestamp()" },
                    signature: Signatures.fixed([], .timestampNTZ)) { _, context in
            let now = context.queryStartMicros
            return .timestampNTZ(now + Int64(SessionZone.offset(micros: now, zone: context.sessionTimeZone)) * 1_000_000)
        },
        RowFunction("convert_timezone", arity: 2...3, nullability: .whenAnyArgument,
                    namer: { ($0.count == 2 ? ["current_timezone()"] + $0 : $0).joined(separator: ", ").wrapped("convert_timezone") },
                    signature: { t, _ in
            FunctionSignature(inputs: Array(repeating: .string, count: t.count - 1) + [.timestampNTZ], result: .timestampNTZ)
        }) { v, context in
            guard case .timestampNTZ(let wall) = v[v.count - 1] else { return .null }
            let from = v.count == 3 ? SessionZone.javaZoneId(v[0].string) : context.sessionTimeZone
            let to = SessionZone.javaZoneId(v[v.count - 2].string)
            let instant = SessionZone.instant(wallMicros: wall, zone: from)
            return .timestampNTZ(instant + Int64(SessionZone.offset(micros: instant, zone: to)) * 1_000_000)
        },
    ]

    static func makeTimestampNTZ(_ name: String) -> RowFunction {
        RowFunction(name, arity: 2...6, nullability: .always, signature: { types, _ in
            if types.count == 2 { return MakeTimestampFunctions.dateAndTime(types, result: .timestampNTZ) }
            guard types.count == 6 else {
                throw SparkError(.analysis, errorClass: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                                 message: "The `\(name)` requires [2, 6] parameters but the actual number is \(types.count).",
                                 sqlState: "42605")
            }
            return FunctionSignature(inputs: [.long, .long, .long, .long, .long, types[5].isNumeric ? types[5] : .double],
                                     result: .timestampNTZ)
        }) { v, _ in
            if v.count == 2 { return MakeTimestampFunctions.wallMicros(date: v[0], time: v[1]).map(Value.timestampNTZ) ?? .null }
            do {
                guard case .timestamp(let wall) = try MakeTimestampFunctions.make(v, zone: "UTC") else { return .null }
                return .timestampNTZ(wall)
            } catch where name.hasPrefix("try_") {
                return .null
            }
        }
    }
}

private extension String {
    func wrapped(_ function: String) -> String { "\(function)(\(self))" }
}
