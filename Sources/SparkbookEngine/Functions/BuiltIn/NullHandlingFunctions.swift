/// Spark's functions that make or replace nulls: `nullif`, `nvl2`, `nullifzero`, `zeroifnull`.
enum NullHandlingFunctions {
    static let all: [any ScalarFunction] = [
        // `nullif(a, b)`: null where a equals b, else a (compared in their common type).
        RowFunction("nullif", arity: 2...2, nullIntolerant: false, signature: { t, _ in
            let type = try ConditionalFunctions.common(t, "nullif")
            return FunctionSignature(inputs: [type, type], result: type)
        }) { v, _ in
            guard !v[0].isNull, !v[1].isNull else { return v[0] }
            return ValueOrdering.compare(v[0], v[1]) == 0 ? .null : v[0]
        },
        // `nvl2(a, b, c)`: b where a is not null, else c.
        RowFunction("nvl2", arity: 3...3, nullability: .rule { $0[1] || $0[2] }, signature: { t, _ in
            let type = try ConditionalFunctions.common(Array(t.dropFirst()), "nvl2")
            return FunctionSignature(inputs: [t[0], type, type], result: type)
        }, lazyRule: { _, argument in
            try argument(0).isNull ? try argument(2) : try argument(1)
        }),
        RowFunction("nullifzero", arity: 1...1, nullIntolerant: false, signature: { t, _ in
            let type = try MathFunctions.numeric("nullifzero", t[0])
            return FunctionSignature(inputs: [type], result: type)
        }) { v, _ in
            v[0].doubleValue == 0 ? .null : v[0]
        },
    ]
}

/// `zeroifnull(x)`: 0 of x's type where x is null; never null. The zero's type comes from the signature.
struct ZeroIfNull: NullabilityAwareFunction {
    let name = "zeroifnull"
    let arity = 1...1

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        let type = argumentTypes[0] == .null ? DataType.integer : try MathFunctions.numeric(name, argumentTypes[0])
        return FunctionSignature(inputs: [type], result: type)
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        let zero = ValueCast.cast(.integer(0), to: signature.result)
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount { builder.append(arguments[0].isNull(row) ? zero : arguments[0].value(at: row)) }
        return builder.finish()
    }

    func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool { false }
}
