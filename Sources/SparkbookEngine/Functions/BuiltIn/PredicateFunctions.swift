/// `isin`, `like`, `rlike`, `startswith`, `endswith`, `contains`.
enum PredicateFunctions {
    /// SQL's `v[0] IN (v[1], ...)`: true when a candidate equals it, else null when it or a candidate is null.
    static func membership(_ v: [Value]) -> Value {
        guard !v[0].isNull else { return .null }
        var sawNull = false
        for candidate in v.dropFirst() {
            if candidate.isNull { sawNull = true; continue }
            if ValueOrdering.compare(v[0], candidate) == 0 { return .boolean(true) }
        }
        return sawNull ? .null : .boolean(false)
    }

    static let all: [any ScalarFunction] = [
        RowFunction("in", arity: 1...1000, nullIntolerant: false, nullability: .whenAnyArgument,
                    namer: { "(\($0[0]) IN (\($0.dropFirst().joined(separator: ", "))))" }, signature: { t, _ in
            let common = try ConditionalFunctions.common(t, "in")
            return FunctionSignature(inputs: t.map { _ in common }, result: .boolean)
        }) { v, _ in membership(v) },
        // An escape character other than a backslash shows in the name (`a LIKE b ESCAPE '/'`).
        RowFunction("like", arity: 2...3, nullability: .whenAnyArgument,
                    namer: { "\($0[0]) LIKE \($0[1])" + ($0.count > 2 && $0[2] != "\\" ? " ESCAPE '\($0[2])'" : "") },
                    signature: Signatures.fixed([.string, .string, .string], .boolean)) { v, _ in
            .boolean(try JavaRegex.find(likeRegex(v[1].string, escape: try escape(v)), in: v[0].string))
        },
        RowFunction("ilike", arity: 2...3, nullability: .whenAnyArgument, namer: { "ilike(\($0[0]), \($0[1]))" },
                    signature: Signatures.fixed([.string, .string, .string], .boolean)) { v, _ in
            .boolean(try JavaRegex.find("(?i)" + likeRegex(v[1].string, escape: try escape(v)), in: v[0].string))
        },
        RowFunction("rlike", arity: 2...2, nullability: .whenAnyArgument, namer: { "RLIKE(\($0[0]), \($0[1]))" },
                    signature: Signatures.fixed([.string, .string], .boolean)) { v, _ in
            .boolean(try JavaRegex.find(v[1].string, in: v[0].string))
        },
        RowFunction("startswith", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .string], .boolean)) { v, _ in
            .boolean(v[0].string.utf8.starts(with: v[1].string.utf8))
        },
        RowFunction("endswith", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .string], .boolean)) { v, _ in
            .boolean(v[0].string.utf8.reversed().starts(with: v[1].string.utf8.reversed()))
        },
        RowFunction("contains", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .string], .boolean)) { v, _ in
            let needle = v[1].string
            return .boolean(needle.isEmpty || v[0].string.contains(needle))
        },
    ]

    /// The escape character of `like(str, pattern, escapeChar)`: one character, `\\` by default.
    static func escape(_ v: [Value]) throws -> Character {
        guard v.count > 2 else { return "\\" }
        let text = v[2].string
        guard text.count == 1, let c = text.first else {
            throw SparkError(.analysis, errorClass: "INVALID_ESCAPE_CHAR",
                             message: "The escape character must be one character, got '\(text)'.", sqlState: "42604")
        }
        return c
    }

    /// SQL `LIKE` as an anchored regular expression: `%` any run, `_` one character, `escape` escapes.
    static func likeRegex(_ pattern: String, escape: Character = "\\") -> String {
        var out = "^"
        var escaped = false
        for c in pattern {
            if escaped { out += NSRegularExpressionEscape.escape(String(c)); escaped = false; continue }
            switch c {
            case escape: escaped = true
            case "%": out += "[\\s\\S]*"
            case "_": out += "[\\s\\S]"
            default: out += NSRegularExpressionEscape.escape(String(c))
            }
        }
        return out + "$"
    }
}

import Foundation
