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
