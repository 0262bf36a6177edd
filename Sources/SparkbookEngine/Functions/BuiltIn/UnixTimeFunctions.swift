/// Spark's conversions between timestamps and seconds since the epoch (`from_unixtime`, `unix_timestamp`,
/// `to_unix_timestamp`, `timestamp_seconds`). Text is read and written in the session time zone.
enum UnixTimeFunctions {
    /// The pattern Spark uses when none is given; it also appears in the generated column name.
    static let defaultPattern = "yyyy-MM-dd HH:mm:ss"

    static let all: [any ScalarFunction] = [
        RowFunction("from_unixtime", arity: 1...2, namer: { withPattern("from_unixtime", $0) },
                    signature: Signatures.fixed([.long, .string], .string)) { v, context in
            guard let seconds = v[0].int64Value else { return .null }
            let micros = ValueCast.saturatingMicros(seconds: seconds)
            let pattern = try DateTimePattern(v.count > 1 ? v[1].string : defaultPattern)
            return .string(pattern.format(SessionZone.civil(micros, context.sessionTimeZone)))
        },
        secondsSinceEpoch("unix_timestamp", arity: 0...2),
        secondsSinceEpoch("to_unix_timestamp", arity: 1...2),
        RowFunction("timestamp_seconds", arity: 1...1, signature: { t, _ in
            switch t[0] {
            case .byte, .short, .integer, .long, .null: FunctionSignature(inputs: [.long], result: .timestamp)
            case .float, .double: FunctionSignature(inputs: [.double], result: .timestamp)
            case .string: FunctionSignature(inputs: [.double], result: .timestamp)
            default: throw Signatures.mismatch("timestamp_seconds(\(t[0].simpleString))", 1, "\"NUMERIC\"", t[0])
            }
        }) { v, _ in
            if case .long(let seconds) = v[0] {
                let (micros, overflowed) = seconds.multipliedReportingOverflow(by: ValueCast.microsPerSecond)
                if overflowed { throw longOverflow }
                return .timestamp(micros)
            }
            guard let d = v[0].doubleValue else { return .null }
            let micros = d * Double(ValueCast.microsPerSecond)
            guard micros.isFinite, micros >= -9.223372036854775808e18, micros < 9.223372036854775808e18 else {
                throw longOverflow
            }
            return .timestamp(Int64(micros.rounded(.towardZero)))
        },
    ]

    /// `unix_timestamp` / `to_unix_timestamp`: a timestamp or date as whole seconds, or text parsed with the
    /// pattern in the session zone; with no argument, the query's start time.
    static func secondsSinceEpoch(_ name: String, arity: ClosedRange<Int>) -> RowFunction {
        RowFunction(name, arity: arity, namer: { args in
            withPattern(name, args.isEmpty ? ["current_timestamp()"] : args)
        }, signature: { t, _ in
            let first: DataType = t.first.map { [.timestamp, .date].contains($0) ? $0 : .string } ?? .string
            return FunctionSignature(inputs: Array([first, .string].prefix(t.count)), result: .long)
        }) { v, context in
            let micros: Int64
            switch v.first {
            case nil: micros = context.queryStartMicros
            case .timestamp(let t): micros = t
            case .date(let days):
                micros = SessionZone.instant(wallMicros: Int64(days) * 86_400_000_000, zone: context.sessionTimeZone)
            default:
                let text = v[0].string, pattern = v.count > 1 ? v[1].string : defaultPattern
                guard let t = try DateTimePattern(pattern).parse(text) else {
                    throw DateTimeFunctions.cannotParse(text, pattern: pattern)
                }
                micros = SessionZone.instant(wallMicros: t.wallMicros, zone: context.sessionTimeZone)
            }
            return .long(ValueCast.floorSeconds(micros))
        }
    }

    /// The call's name with the default pattern spelled out when the call leaves it out.
    @Sendable static func withPattern(_ name: String, _ args: [String]) -> String {
        "\(name)(\((args.count == 1 ? args + [defaultPattern] : args).joined(separator: ", ")))"
    }

    static let longOverflow = SparkError(.execution, errorClass: "ARITHMETIC_OVERFLOW",
                                         message: "long overflow. Use 'try_multiply' to tolerate overflow and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                                         sqlState: "22003")
}
