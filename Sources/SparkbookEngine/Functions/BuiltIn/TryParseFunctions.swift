/// `try_to_timestamp(s[, fmt])` and `try_to_date(s[, fmt])`: `to_timestamp`/`to_date` that give null for text
/// they cannot parse, in ANSI mode too.
enum TryParseFunctions {
    static let all: [any ScalarFunction] = ["try_to_timestamp", "try_to_date"].map { name in
        let target: DataType = name == "try_to_date" ? .date : .timestamp
        return RowFunction(name, arity: 1...2, signature: { t, _ in
            FunctionSignature(inputs: t.count == 1 ? [t[0] == .timestamp || t[0] == .date ? t[0] : .string]
                                                   : [.string, .string], result: target)
        }) { v, context in
            if v.count == 1 {
                return (try? ValueCast.ansiCast(v[0], to: target, sessionTimeZone: context.sessionTimeZone)) ?? .null
            }
            guard let t = try? DateTimePattern(v[1].string).parse(v[0].string) else { return .null }
            return target == .date ? .date(Int32(t.days))
                : .timestamp(SessionZone.instant(wallMicros: t.wallMicros, zone: context.sessionTimeZone))
        }
    }
}
