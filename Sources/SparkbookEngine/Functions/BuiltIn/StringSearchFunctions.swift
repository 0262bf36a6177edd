/// Spark's character-level string functions: `translate`, `locate` and `ascii`. Positions count characters,
/// 1-based, as Spark's do.
enum StringSearchFunctions {
    static let all: [any ScalarFunction] = [
        // `translate(s, from, to)`: each character of `from` becomes the one at the same place in `to`, or is
        // dropped when `to` is shorter; the first occurrence in `from` wins.
        RowFunction("translate", arity: 3...3, signature: Signatures.fixed([.string, .string, .string], .string)) { v, _ in
            let from = Array(v[1].string), to = Array(v[2].string)
            var map: [Character: Character?] = [:]
            for (i, c) in from.enumerated() where map[c] == nil { map[c] = i < to.count ? to[i] : .some(nil) }
            return .string(String(v[0].string.compactMap { c in map[c].map { $0 } ?? c }))
        },
        // `locate(substr, str, pos)`: the position of the first occurrence at or after `pos`, 0 when absent or
        // when `pos` is below 1; an empty `substr` is found at 1.
        RowFunction("locate", arity: 2...3, namer: { "locate(\(($0.count == 2 ? $0 + ["1"] : $0).joined(separator: ", ")))" },
                    signature: Signatures.fixed([.string, .string, .integer], .integer)) { v, _ in
            let start = v.count > 2 ? Int(v[2].int64Value ?? 1) : 1
            let sub = Array(v[0].string), text = Array(v[1].string)
            guard start >= 1 else { return .integer(0) }
            guard !sub.isEmpty else { return .integer(1) }
            guard text.count >= sub.count else { return .integer(0) }
            var i = start - 1
            while i + sub.count <= text.count {
                if text[i..<(i + sub.count)].elementsEqual(sub) { return .integer(Int32(i + 1)) }
                i += 1
            }
            return .integer(0)
        },
        // `ascii(s)`: the code point of the first character, 0 for the empty string.
        RowFunction("ascii", arity: 1...1, signature: Signatures.fixed([.string], .integer)) { v, _ in
            .integer(Int32(v[0].string.unicodeScalars.first?.value ?? 0))
        },
    ]
}
