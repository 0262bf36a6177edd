/// Spark's string functions that rewrite a string: `overlay`, `mask`, `replace`, `format_string`/`printf`
/// (Java's Formatter, `JavaFormatter`), and the UTF-8 checks, which always pass here because the engine's strings
/// are valid UTF-8 by construction. Positions count code points, 1-based, as Spark's `UTF8String` does.
enum StringEditFunctions {
    static let all: [any ScalarFunction] = [
        // `overlay(s, r, pos[, len])`: `s` with `len` code points from `pos` replaced by `r` (by default as many
        // as `r` has); Spark names the call with the default `-1`.
        RowFunction("overlay", arity: 3...4, nullability: .whenAnyArgument,
                    namer: { "overlay(\(($0.count == 3 ? $0 + ["-1"] : $0).joined(separator: ", ")))" },
                    signature: Signatures.fixed([.string, .string, .integer, .integer], .string)) { v, _ in
            let input = Array(v[0].string.unicodeScalars), replacement = Array(v[1].string.unicodeScalars)
            let pos = Int(v[2].int64Value ?? 1)
            let length = v.count > 3 ? Int(v[3].int64Value ?? -1) : -1
            let prefix = substringSQL(input, pos: 1, length: pos - 1)
            let suffix = substringSQL(input, pos: pos + (length >= 0 ? length : replacement.count), length: Int(Int32.max))
            var out = String.UnicodeScalarView()
            out.append(contentsOf: prefix)
            out.append(contentsOf: replacement)
            out.append(contentsOf: suffix)
            return .string(String(out))
        },
        // `mask(s, upper='X', lower='x', digit='n', other=NULL)`: each upper-case letter, lower-case letter and
        // digit replaced by the first character of its replacement; a null replacement keeps the character.
        RowFunction("mask", arity: 1...5, nullIntolerant: false, nullability: .rule { $0[0] },
                    namer: { names in
                        let defaults = ["X", "x", "n", "NULL"]
                        return "mask(\((names + defaults.dropFirst(names.count - 1)).joined(separator: ", ")))"
                    },
                    signature: { types, _ in FunctionSignature(inputs: Array(repeating: .string, count: types.count), result: .string) }) { v, _ in
            guard case .string(let s) = v[0] else { return .null }
            func replacement(_ i: Int, _ fallback: Character?) -> Character? {
                guard i < v.count else { return fallback }
                return v[i].isNull ? nil : v[i].string.first
            }
            let upper = replacement(1, "X"), lower = replacement(2, "x"), digit = replacement(3, "n"), other = replacement(4, nil)
            var out = ""
            for c in s.unicodeScalars {
                // Java's Character.isUpperCase / isLowerCase / isDigit on the code point.
                let r: Character? = if c.properties.isUppercase { upper }
                    else if c.properties.isLowercase { lower }
                    else if c.properties.numericType == .decimal { digit }
                    else { other }
                if let r { out.append(r) } else { out.unicodeScalars.append(c) }
            }
            return .string(out)
        },
        // `replace(s, search[, replacement])`: every occurrence replaced (removed by default); an empty search
        // leaves `s` as it is.
        RowFunction("replace", arity: 2...3, nullability: .whenAnyArgument,
                    namer: { "replace(\(($0.count == 2 ? $0 + [""] : $0).joined(separator: ", ")))" },
                    signature: Signatures.fixed([.string, .string, .string], .string)) { v, _ in
            let search = v[1].string
            guard !search.isEmpty else { return v[0] }
            return .string(v[0].string.replacingOccurrences(of: search, with: v.count > 2 ? v[2].string : ""))
        },
        formatString("format_string"),
        formatString("printf"),
        RowFunction("is_valid_utf8", arity: 1...1, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.string], .boolean)) { _, _ in .boolean(true) },
        RowFunction("make_valid_utf8", arity: 1...1, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.string], .string)) { v, _ in v[0] },
        RowFunction("validate_utf8", arity: 1...1, nullability: .whenAnyArgument,
                    signature: Signatures.fixed([.string], .string)) { v, _ in v[0] },
        RowFunction("try_validate_utf8", arity: 1...1, signature: Signatures.fixed([.string], .string)) { v, _ in v[0] },
        // Every string here has Spark's default collation.
        RowFunction("collation", arity: 1...1, nullIntolerant: false, nullability: .never, signature: { types, _ in
            guard types[0] == .string else {
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"STRING\""), actual: types[0])
            }
            return FunctionSignature(inputs: types, result: .string)
        }) { _, _ in .string("SYSTEM.BUILTIN.UTF8_BINARY") },
    ]

    /// `format_string(fmt, args...)` / `printf`: the arguments keep their types (the formatter sees Spark's
    /// objects); null only for a null format.
    static func formatString(_ name: String) -> any ScalarFunction {
        RowFunction(name, arity: 1...255, nullIntolerant: false, nullability: .rule { $0[0] }, signature: { types, _ in
            guard types[0] == .string || types[0] == .null else {
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"STRING\""), actual: types[0])
            }
            return FunctionSignature(inputs: [.string] + types.dropFirst(), result: .string)
        }) { v, _ in
            guard case .string(let pattern) = v[0] else { return .null }
            return .string(try JavaFormatter.format(pattern, Array(v.dropFirst())))
        }
    }

    /// `UTF8String.substringSQL`: 1-based `pos` (0 is the start, negative counts from the end), clamped.
    static func substringSQL(_ s: [Unicode.Scalar], pos: Int, length: Int) -> ArraySlice<Unicode.Scalar> {
        var start = pos > 0 ? pos - 1 : (pos < 0 ? s.count + pos : 0)
        let end = min(start + length, s.count)
        start = max(start, 0)
        guard start < end else { return [] }
        return s[start..<end]
    }
}
