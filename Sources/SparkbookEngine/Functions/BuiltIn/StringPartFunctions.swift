import Foundation
import SparkbookUtilities

/// Spark's string functions that take a part of a string or measure it: `left`, `right`, `btrim`, `elt`,
/// `substring_index`, `split_part`,
/// `find_in_set`, `levenshtein`, `bit_length`, `octet_length`. Lengths and positions count characters; the
/// byte measures count UTF-8 bytes, as Spark's UTF8String does.
enum StringPartFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("left", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .integer], .string)) { v, _ in
            .string(String(v[0].string.prefix(max(0, Int(v[1].int64Value!)))))
        },
        RowFunction("right", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .integer], .string)) { v, _ in
            .string(String(v[0].string.suffix(max(0, Int(v[1].int64Value!)))))
        },
        // `btrim(s)` trims spaces; `btrim(s, chars)` every character of `chars` from both ends.
        RowFunction("btrim", arity: 1...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .string], .string)) { v, _ in
            let set = Set(v.count > 1 ? v[1].string : " ")
            let s = v[0].string
            return .string(String(s.drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed()))
        },
        // `elt(n, s1, s2, ...)`: the n-th string (1-based), null when n is out of range.
        RowFunction("elt", arity: 2...255, nullIntolerant: false, signature: { t, _ in
            FunctionSignature(inputs: [.integer] + t.dropFirst().map { _ in .string }, result: .string)
        }) { v, _ in
            guard let n = v[0].int64Value, n >= 1, Int(n) < v.count else { return .null }
            return v[Int(n)]
        },
        // `find_in_set(s, "a,b,c")`: the 1-based position of s in the comma-separated list, 0 when absent or
        // when s itself holds a comma.
        RowFunction("find_in_set", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .string], .integer)) { v, _ in
            let s = v[0].string
            guard !s.contains(",") else { return .integer(0) }
            let index = v[1].string.split(separator: ",", omittingEmptySubsequences: false).firstIndex { $0 == s }
            return .integer(Int32(index.map { $0 + 1 } ?? 0))
        },
        // `levenshtein(l, r[, threshold])`: -1 when the distance exceeds the threshold.
        RowFunction("levenshtein", arity: 2...3, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .string, .integer], .integer)) { v, _ in
            let distance = EditDistance.between(v[0].string, v[1].string)
            if v.count > 2, let threshold = v[2].int64Value, distance > threshold { return .integer(-1) }
            return .integer(Int32(distance))
        },
        // `substring_index(s, delim, n)`: before the n-th delimiter (n > 0), or after the n-th from the end (n < 0).
        RowFunction("substring_index", arity: 3...3, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .string, .integer], .string)) { v, _ in
            let s = v[0].string, delimiter = v[1].string, n = Int(v[2].int64Value!)
            guard !delimiter.isEmpty, n != 0 else { return .string("") }
            let parts = s.components(separatedBy: delimiter)
            guard Swift.abs(n) < parts.count else { return .string(s) }
            return .string((n > 0 ? parts.prefix(n) : parts.suffix(-n)).joined(separator: delimiter))
        },
        // `split_part(s, delim, n)`: the n-th part (from the end when negative), empty past the last;
        // n = 0 is Spark's INVALID_INDEX_OF_ZERO.
        RowFunction("split_part", arity: 3...3, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .string, .integer], .string)) { v, _ in
            let s = v[0].string, delimiter = v[1].string, n = Int(v[2].int64Value!)
            guard n != 0 else {
                throw SparkError(.execution, errorClass: "INVALID_INDEX_OF_ZERO",
                                 message: "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).",
                                 sqlState: "22003")
            }
            let parts = delimiter.isEmpty ? [s] : s.components(separatedBy: delimiter)
            guard Swift.abs(n) <= parts.count else { return .string("") }
            return .string(parts[n > 0 ? n - 1 : parts.count + n])
        },
        RowFunction("bit_length", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.stringOrBinary(.integer)) { v, _ in
            .integer(Int32((v[0].binaryBytes?.count ?? v[0].string.utf8.count) * 8))
        },
        RowFunction("octet_length", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.stringOrBinary(.integer)) { v, _ in
            .integer(Int32(v[0].binaryBytes?.count ?? v[0].string.utf8.count))
        },
    ]
}
