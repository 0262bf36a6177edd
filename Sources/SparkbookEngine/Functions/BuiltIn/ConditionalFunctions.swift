/// `CASE WHEN`, `coalesce` and friends: null-tolerant, with the value arguments widened to a common type.
enum ConditionalFunctions {
    /// The internal name `when(...).otherwise(...)` binds to; arguments are condition/value pairs, then an
    /// optional else value.
    static let caseWhenName = "casewhen"

    static let all: [any ScalarFunction] = [
        RowFunction(caseWhenName, arity: 2...255, nullability: .rule(caseWhenNullable), namer: caseWhenSQL, signature: { t, _ in
            let valueIndices = t.indices.filter { $0 % 2 == 1 || $0 == t.count - 1 && t.count % 2 == 1 }
            let result = try common(valueIndices.map { t[$0] }, "CASE WHEN")
            let inputs = t.indices.map { valueIndices.contains($0) ? result : DataType.boolean }
            return FunctionSignature(inputs: inputs, result: result)
        }) { count, argument in
            var i = 0
            while i + 1 < count {
                if case .boolean(true) = try argument(i) { return try argument(i + 1) }
                i += 2
            }
            return count % 2 == 1 ? try argument(count - 1) : .null
        },
        // SQL `if(c, a, b)`: `CASE WHEN c THEN a ELSE b END` under Spark's own name, `(IF(c, a, b))`.
        RowFunction("if", arity: 3...3, nullability: .rule { $0[1] || $0[2] },
                    namer: { "(IF(\($0.joined(separator: ", "))))" }, signature: { t, _ in
            let result = try common([t[1], t[2]], "if")
            return FunctionSignature(inputs: [.boolean, result, result], result: result)
        }) { _, argument in
            try argument(try argument(0) == .boolean(true) ? 1 : 2)
        },
        RowFunction("coalesce", arity: 1...255, nullability: .whenAllArguments, signature: { t, _ in
            let result = try common(t, "coalesce")
            return FunctionSignature(inputs: t.map { _ in result }, result: result)
        }, lazyRule: firstNonNull),
        // What `describe` averages for a string column: its numeric value, or null.
        RowFunction("__try_double", arity: 1...1, signature: Signatures.fixed([.string], .double)) { v, _ in
            ValueCast.cast(v[0], to: .double)
        },
        RowFunction("nvl", arity: 2...2, nullability: .whenAllArguments, signature: { t, _ in
            let result = try common(t, "nvl")
            return FunctionSignature(inputs: [result, result], result: result)
        }, lazyRule: firstNonNull),
        // `nanvl(a, b)`: b where a is NaN; a null `a` stays null.
        RowFunction("nanvl", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.double, .double], .double)) { _, argument in
            let a = try argument(0)
            guard let d = a.doubleValue else { return .null }
            return d.isNaN ? try argument(1) : a
        },
        // `isnan(x)`: whether x is NaN; false (not null) for a null x.
        RowFunction("isnan", arity: 1...1, nullIntolerant: false, nullability: .never,
                    signature: Signatures.fixed([.double], .boolean)) { v, _ in
            .boolean(v[0].doubleValue?.isNaN ?? false)
        },
        RowFunction("greatest", arity: 2...255, nullIntolerant: false, nullability: .whenAllArguments, signature: { t, _ in
            let result = try common(t, "greatest")
            return FunctionSignature(inputs: t.map { _ in result }, result: result)
        }) { v, _ in v.filter { !$0.isNull }.max { (ValueOrdering.compare($0, $1) ?? 0) < 0 } ?? .null },
        RowFunction("least", arity: 2...255, nullIntolerant: false, nullability: .whenAllArguments, signature: { t, _ in
            let result = try common(t, "least")
            return FunctionSignature(inputs: t.map { _ in result }, result: result)
        }) { v, _ in v.filter { !$0.isNull }.min { (ValueOrdering.compare($0, $1) ?? 0) < 0 } ?? .null },
    ]

    /// `coalesce` and `nvl`: the first argument that is not null, evaluating no further.
    @Sendable static func firstNonNull(_ count: Int, _ argument: (Int) throws -> Value) throws -> Value {
        for i in 0..<count {
            let value = try argument(i)
            if !value.isNull { return value }
        }
        return .null
    }

    static func common(_ types: [DataType], _ name: String) throws -> DataType {
        var result = DataType.null
        for t in types {
            guard let c = TypeCoercion.commonType(result, t) else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                                 message: "Cannot resolve \"\(name)\" due to data type mismatch: Input to `\(name)` should all be the same type, but it's [\(types.map { "\"\($0.simpleString.uppercased())\"" }.joined(separator: ", "))].",
                                 sqlState: "42K09")
            }
            result = c
        }
        return result == .null ? .string : result
    }

    /// `CASE WHEN` may be null when a value may be, or when it has no `ELSE`; its conditions do not matter.
    @Sendable static func caseWhenNullable(_ nullable: [Bool]) -> Bool {
        let hasElse = nullable.count % 2 == 1
        let values = nullable.indices.filter { $0 % 2 == 1 || hasElse && $0 == nullable.count - 1 }
        return !hasElse || values.contains { nullable[$0] }
    }

    @Sendable static func caseWhenSQL(_ args: [String]) -> String {
        var text = "CASE"
        var i = 0
        while i + 1 < args.count {
            text += " WHEN \(args[i]) THEN \(args[i + 1])"
            i += 2
        }
        if args.count % 2 == 1 { text += " ELSE \(args[args.count - 1])" }
        return text + " END"
    }
}

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
        RowFunction("like", arity: 2...2, nullability: .whenAnyArgument, namer: { "\($0[0]) LIKE \($0[1])" },
                    signature: Signatures.fixed([.string, .string], .boolean)) { v, _ in
            .boolean(try JavaRegex.find(likeRegex(v[1].string), in: v[0].string))
        },
        RowFunction("ilike", arity: 2...2, nullability: .whenAnyArgument, namer: { "ilike(\($0[0]), \($0[1]))" },
                    signature: Signatures.fixed([.string, .string], .boolean)) { v, _ in
            .boolean(try JavaRegex.find("(?i)" + likeRegex(v[1].string), in: v[0].string))
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

    /// SQL `LIKE` as an anchored regular expression: `%` any run, `_` one character, `\` escapes.
    static func likeRegex(_ pattern: String) -> String {
        var out = "^"
        var escaped = false
        for c in pattern {
            if escaped { out += NSRegularExpressionEscape.escape(String(c)); escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "%": out += "[\\s\\S]*"
            case "_": out += "[\\s\\S]"
            default: out += NSRegularExpressionEscape.escape(String(c))
            }
        }
        return out + "$"
    }
}

import Foundation

enum NSRegularExpressionEscape {
    static func escape(_ s: String) -> String { NSRegularExpression.escapedPattern(for: s) }
}
