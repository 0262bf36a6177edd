import Foundation

/// `regexp_extract(s, pattern, idx)`: group `idx` of the first match (0: the whole match); "" when nothing
/// matches or the group took no part in the match. A group index past the pattern's groups is Spark's
/// `INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX`.
enum RegexpExtract {
    static let function = RowFunction("regexp_extract", arity: 2...3,
                                      namer: { "regexp_extract(\($0[0]), \($0[1]), \($0.count > 2 ? $0[2] : "1"))" },
                                      signature: Signatures.fixed([.string, .string, .integer], .string)) { v, _ in
        let regex = try JavaRegex.compile(v[1].string)
        let group = v.count > 2 ? Int(v[2].int64Value ?? 1) : 1
        guard group >= 0 && group <= regex.numberOfCaptureGroups else {
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX",
                             message: "The value of parameter(s) `idx` in `regexp_extract` is invalid: Expects group index between 0 and \(regex.numberOfCaptureGroups), but got \(group).",
                             sqlState: "22023")
        }
        return .string(extract(regex, group, from: v[0].string))
    }

    static func extract(_ regex: NSRegularExpression, _ group: Int, from s: String) -> String {
        guard let match = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)),
              let range = Range(match.range(at: group), in: s) else { return "" }
        return String(s[range])
    }
}
