import SparkbookUtilities

/// Spark's conversions between dates or timestamps and counts since the epoch (`unix_date`, `unix_seconds`,
/// `unix_millis`, `unix_micros`, `date_from_unix_date`, `timestamp_millis`, `timestamp_micros`) and `make_date`.
/// Counts round toward negative infinity, as Spark's `Math.floorDiv`.
enum EpochFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("unix_date", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.date], .integer)) { v, _ in
            guard case .date(let d) = v[0] else { return .null }
            return .integer(d)
        },
        sinceEpoch("unix_seconds", microsPerUnit: 1_000_000),
        sinceEpoch("unix_millis", microsPerUnit: 1_000),
        sinceEpoch("unix_micros", microsPerUnit: 1),
        RowFunction("date_from_unix_date", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.integer], .date)) { v, _ in
            .date(Int32(truncatingIfNeeded: v[0].int64Value!))
        },
        fromEpoch("timestamp_millis", microsPerUnit: 1_000),
        fromEpoch("timestamp_micros", microsPerUnit: 1),
        // `make_date(y, m, d)`: null for a day that does not exist.
        RowFunction("make_date", arity: 3...3, signature: Signatures.fixed([.integer, .integer, .integer], .date)) { v, _ in
            let (y, m, d) = (Int(v[0].int64Value!), Int(v[1].int64Value!), Int(v[2].int64Value!))
            guard (1...12).contains(m), d >= 1, d <= CivilCalendar.daysInMonth(y, m) else { return .null }
            return .date(Int32(CivilCalendar.days(year: y, month: m, day: d)))
        },
    ]

    static func sinceEpoch(_ name: String, microsPerUnit: Int64) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.timestamp], .long)) { v, _ in
            guard case .timestamp(let micros) = v[0] else { return .null }
            return .long(CivilCalendar.floorDivide(micros, microsPerUnit).quotient)
        }
    }

    static func fromEpoch(_ name: String, microsPerUnit: Int64) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.long], .timestamp)) { v, _ in
            let (micros, overflow) = v[0].int64Value!.multipliedReportingOverflow(by: microsPerUnit)
            guard !overflow else { throw UnixTimeFunctions.longOverflow }
            return .timestamp(micros)
        }
    }
}
