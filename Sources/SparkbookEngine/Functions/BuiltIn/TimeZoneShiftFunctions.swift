/// `from_utc_timestamp(ts, tz)` and `to_utc_timestamp(ts, tz)`: Spark's `convertTz`, reading a timestamp's
/// wall clock in one zone as a wall clock in the other (UTC and `tz`), so `from_utc_timestamp` shows a UTC
/// time as `tz`'s clock does. Zones as Java's `ZoneId.of(tz, SHORT_IDS)` names them (`PST`, `JST`).
enum TimeZoneShiftFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("from_utc_timestamp", arity: 2...2, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.timestamp, .string], .timestamp)) { v, _ in
            guard case .timestamp(let micros) = v[0] else { return .null }
            let zone = SessionZone.javaZoneId(v[1].string)
            return .timestamp(micros + Int64(SessionZone.offset(micros: micros, zone: zone)) * 1_000_000)
        },
        RowFunction("to_utc_timestamp", arity: 2...2, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.timestamp, .string], .timestamp)) { v, _ in
            guard case .timestamp(let micros) = v[0] else { return .null }
            return .timestamp(SessionZone.instant(wallMicros: micros, zone: SessionZone.javaZoneId(v[1].string)))
        },
    ]
}

extension SessionZone {
    /// Java's `ZoneId.SHORT_IDS`, the three-letter names `ZoneId.of` accepts beside region ids.
    static let javaShortIds: [String: String] = [
        "ACT": "Australia/Darwin", "AET": "Australia/Sydney", "AGT": "America/Argentina/Buenos_Aires",
        "ART": "Africa/Cairo", "AST": "America/Anchorage", "BET": "America/Sao_Paulo", "BST": "Asia/Dhaka",
        "CAT": "Africa/Harare", "CNT": "America/St_Johns", "CST": "America/Chicago", "CTT": "Asia/Shanghai",
        "EAT": "Africa/Addis_Ababa", "ECT": "Europe/Paris", "IET": "America/Indiana/Indianapolis",
        "IST": "Asia/Kolkata", "JST": "Asia/Tokyo", "MIT": "Pacific/Apia", "NET": "Asia/Yerevan",
        "NST": "Pacific/Auckland", "PLT": "Asia/Karachi", "PNT": "America/Phoenix", "PRT": "America/Puerto_Rico",
        "PST": "America/Los_Angeles", "SST": "Pacific/Guadalcanal", "VST": "Asia/Ho_Chi_Minh",
        "EST": "GMT-0500", "MST": "GMT-0700", "HST": "GMT-1000",
    ]

    /// A zone name as Foundation knows it: short ids expanded, `+08:00` offsets as `GMT+0800`.
    static func javaZoneId(_ name: String) -> String {
        if let region = javaShortIds[name] { return region }
        if let sign = name.first, sign == "+" || sign == "-" {
            return "GMT" + name.replacingOccurrences(of: ":", with: "")
        }
        return name
    }
}
