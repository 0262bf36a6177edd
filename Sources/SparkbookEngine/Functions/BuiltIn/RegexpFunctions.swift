import Foundation

/// Spark's regular-expression functions beyond `rlike`/`regexp_replace`/`regexp_extract`: `regexp_count`,
/// `regexp_extract_all`, `regexp_instr`, `regexp_substr`. Patterns are Java regexes (ICU reads the same syntax
/// for what notebooks use); positions are UTF-16 offsets plus one, as Java's `Matcher.start` gives them.
enum RegexpFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("regexp_count", arity: 2...2, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.string, .string], .integer)) { v, _ in
            let s = v[0].string
            return .integer(Int32(try JavaRegex.compile(v[1].string).numberOfMatches(in: s, range: NSRange(s.startIndex..., in: s))))
        },
        // `regexp_extract_all(s, pattern[, idx])`: group `idx` (1 by default, which Spark's name shows) of every
        // match; a group that took no part is "".
        RowFunction("regexp_extract_all", arity: 2...3, nullability: .whenAnyArgument,
                    namer: { "regexp_extract_all(\(($0.count == 2 ? $0 + ["1"] : $0).joined(separator: ", ")))" },
                    signature: Signatures.fixed([.string, .string, .integer], .array(element: .string, containsNull: true))) { v, _ in
            let s = v[0].string
            let regex = try JavaRegex.compile(v[1].string)
            let group = v.count > 2 ? Int(v[2].int64Value ?? 1) : 1
            try checkGroup(group, regex, function: "regexp_extract_all")
            let matches = regex.matches(in: s, range: NSRange(s.startIndex..., in: s))
            return .array(matches.map { match in .string(Range(match.range(at: group), in: s).map { String(s[$0]) } ?? "") })
        },
        // `regexp_instr(s, pattern[, idx])`: where the first match starts, 1-based; 0 when nothing matches.
        // Spark checks the group index `idx` (0 by default) but, as recorded from 4.3, reports the whole match.
        RowFunction("regexp_instr", arity: 2...3, nullability: .whenAnyArgument,
                    namer: { "regexp_instr(\(($0.count == 2 ? $0 + ["0"] : $0).joined(separator: ", ")))" },
                    signature: Signatures.fixed([.string, .string, .integer], .integer)) { v, _ in
            let s = v[0].string
            let regex = try JavaRegex.compile(v[1].string)
            let group = v.count > 2 ? Int(v[2].int64Value ?? 0) : 0
            try checkGroup(group, regex, function: "regexp_instr")
            guard let match = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return .integer(0) }
            return .integer(Int32(match.range.location + 1))
        },
        // `regexp_substr(s, pattern)`: the first match, null when there is none (or it is empty).
        RowFunction("regexp_substr", arity: 2...2, signature: Signatures.fixed([.string, .string], .string)) { v, _ in
            let match = RegexpExtract.extract(try JavaRegex.compile(v[1].string), 0, from: v[0].string)
            return match.isEmpty ? .null : .string(match)
        },
    ]

    static func checkGroup(_ group: Int, _ regex: NSRegularExpression, function: String) throws {
        guard group >= 0 && group <= regex.numberOfCaptureGroups else {
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX",
                             message: "The value of parameter(s) `idx` in `\(function)` is invalid: Expects group index between 0 and \(regex.numberOfCaptureGroups), but got \(group).",
                             sqlState: "22023")
        }
    }
}
