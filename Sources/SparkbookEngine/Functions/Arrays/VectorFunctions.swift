import Foundation

/// Spark 4.3's vector functions over `array<float>` embeddings: `vector_norm`, `vector_normalize`,
/// `vector_inner_product`, `vector_cosine_similarity`, `vector_l2_distance`. Sums run in double and the
/// results are floats, as Spark's; two vectors of different lengths are Spark's VECTOR_DIMENSION_MISMATCH.
enum VectorFunctions {
    static let all: [any ScalarFunction] = [
        NullabilityRule(nullIntolerant: RowFunction("vector_norm", arity: 1...2,
                                                    namer: { $0.count == 1 ? "vector_norm(\($0[0]), 2.0)" : "vector_norm(\($0.joined(separator: ", ")))" },
                                                    signature: { types, _ in
            try FunctionSignature(inputs: vectors(types, count: 1) + (types.count > 1 ? [.float] : []), result: .float)
        }) { v, _ in
            guard let x = floats(v[0]) else { return .null }
            return .float(Float(norm(x, degree: v.count > 1 ? Double(v[1].doubleValue ?? 2) : 2)))
        }),
        NullabilityRule(nullIntolerant: RowFunction("vector_normalize", arity: 1...2,
                                                    namer: { $0.count == 1 ? "vector_normalize(\($0[0]), 2.0)" : "vector_normalize(\($0.joined(separator: ", ")))" },
                                                    signature: { types, _ in
            try FunctionSignature(inputs: vectors(types, count: 1) + (types.count > 1 ? [.float] : []),
                                  result: .array(element: .float, containsNull: true))
        }) { v, _ in
            guard let x = floats(v[0]) else { return .null }
            let n = norm(x, degree: v.count > 1 ? Double(v[1].doubleValue ?? 2) : 2)
            guard n > 0 else { return .array(x.map { .float(Float($0)) }) }
            return .array(x.map { .float(Float($0 / n)) })
        }),
        binary("vector_inner_product") { a, b in zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } },
        binary("vector_cosine_similarity") { a, b in
            let dot = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
            let n = norm(a, degree: 2) * norm(b, degree: 2)
            return n == 0 ? nil : dot / n
        },
        binary("vector_l2_distance") { a, b in zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot() },
    ]

    private static func binary(_ name: String, _ f: @escaping @Sendable ([Double], [Double]) -> Double?) -> NullabilityRule {
        NullabilityRule(nullIntolerant: RowFunction(name, arity: 2...2, signature: { types, _ in
            try FunctionSignature(inputs: vectors(types, count: 2), result: .float)
        }) { v, _ in
            guard let a = floats(v[0]), let b = floats(v[1]) else { return .null }
            guard a.count == b.count else {
                throw SparkError(.execution, errorClass: "VECTOR_DIMENSION_MISMATCH",
                                 message: "Vectors passed to `\(name)` must have the same dimension, but got \(a.count) and \(b.count).",
                                 sqlState: "22000")
            }
            return f(a, b).map { .float(Float($0)) } ?? .null
        })
    }

    /// The first `count` arguments must be `array<float>`.
    private static func vectors(_ types: [DataType], count: Int) throws -> [DataType] {
        for i in 0..<count {
            guard case .array(.float, _) = types[i] else {
                throw ArgumentTypeMismatch(argument: i, .parameter(required: "\"ARRAY<FLOAT>\""), actual: types[i])
            }
        }
        return Array(types.prefix(count))
    }

    /// The elements as doubles; nil if any is null.
    private static func floats(_ value: Value) -> [Double]? {
        guard let elements = value.arrayElements else { return nil }
        var out: [Double] = []
        out.reserveCapacity(elements.count)
        for e in elements {
            guard let d = e.doubleValue else { return nil }
            out.append(d)
        }
        return out
    }

    /// The p-norm (`degree` 1, 2, or infinity for the largest magnitude).
    private static func norm(_ x: [Double], degree p: Double) -> Double {
        if p.isInfinite { return x.map(abs).max() ?? 0 }
        if p == 1 { return x.reduce(0) { $0 + abs($1) } }
        if p == 2 { return x.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        return Foundation.pow(x.reduce(0) { $0 + Foundation.pow(abs($1), p) }, 1 / p)
    }
}
