import Foundation

/// Spark's numeric functions with their result types (`floor`/`ceil` give bigint, `sqrt` double,
/// `round`/`abs` keep the input type).
enum MathFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("abs", arity: 1...1, nullability: .whenAnyArgument, signature: { t, _ in
            let type = try numeric("abs", t[0])
            return FunctionSignature(inputs: [type], result: type)
        }) { v, _ in
            switch v[0] {
            case .integer(let x): .integer(x == .min ? x : Swift.abs(x))
            case .long(let x): .long(x == .min ? x : Swift.abs(x))
            case .double(let x): .double(Swift.abs(x))
            case .byte(let x): .byte(x == .min ? x : Swift.abs(x))
            case .short(let x): .short(x == .min ? x : Swift.abs(x))
            case .float(let x): .float(Swift.abs(x))
            case .decimal(let x): x.unscaled < 0 ? DecimalArithmetic.negate(x) : .decimal(x)
            default: .null
            }
        },
        double("sqrt") { $0 < 0 ? .nan : $0.squareRoot() },
        double("exp") { StrictMath.exp($0) },
        double("cbrt") { StrictMath.cbrt($0) },
        double("expm1") { Foundation.expm1($0) },
        logarithm("log1p", asymptote: -1) { Foundation.log1p($0) },
        // Java's Math.rint: to the nearest integer, ties to even; Spark names it lower-case.
        RowFunction("rint", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.double], .double)) { v, _ in
            .double(v[0].doubleValue!.rounded(.toNearestOrEven))
        },
        constant("e", M_E),
        constant("pi", Double.pi),
        logarithm("log10", asymptote: 0) { StrictMath.log10($0) },
        logarithm("log2", asymptote: 0) { StrictMath.log($0) / StrictMath.log(2) },
        // `ln(x)` keeps its lower-case name; `log(x)` with F's one argument is `ln`.
        RowFunction("ln", arity: 1...1, signature: Signatures.fixed([.double], .double)) { v, _ in
            let x = v[0].doubleValue!
            return x <= 0 ? .null : .double(StrictMath.log(x))
        },
        // `log(base, x)`: null when the base or the value is not positive, as Spark's Logarithm.
        RowFunction("log", arity: 1...2, namer: { "LOG(\($0.joined(separator: ", ")))" }, signature: { t, _ in
            FunctionSignature(inputs: t.map { _ in .double }, result: .double)
        }) { v, _ in
            let x = v.last!.doubleValue!
            guard x > 0 else { return .null }
            guard v.count == 2 else { return .double(StrictMath.log(x)) }
            let base = v[0].doubleValue!
            return base <= 0 ? .null : .double(StrictMath.log(x) / StrictMath.log(base))
        },
        power("pow", named: "pow"),
        power("power", named: "POWER"),
        CeilFloorFunction(name: "floor", mode: .down, whole: integral("floor") { $0.rounded(.down) }),
        CeilFloorFunction(name: "ceil", mode: .up, whole: integral("ceil") { $0.rounded(.up) }),
        RoundFunction(),
        RowFunction("signum", arity: 1...1, namer: { "SIGNUM(\($0[0]))" }, signature: Signatures.fixed([.double], .double)) { v, _ in
            let d = v[0].doubleValue!
            return .double(d.isNaN ? d : (d > 0 ? 1 : (d < 0 ? -1 : 0)))
        },
        // `bin(x)`: Java's Long.toBinaryString, a negative number's 64-bit two's complement.
        RowFunction("bin", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.long], .string)) { v, _ in
            .string(String(UInt64(bitPattern: v[0].int64Value!), radix: 2))
        },
        // `factorial(n)`: a bigint for 0...20, null outside (21! overflows a long).
        RowFunction("factorial", arity: 1...1, signature: Signatures.fixed([.integer], .long)) { v, _ in
            let n = v[0].int64Value!
            guard (0...20).contains(n) else { return .null }
            return .long((1...max(1, n)).reduce(1, *))
        },
        // `positive(x)` (SQL's unary `+`): x itself, printed `(+ x)`.
        RowFunction("positive", arity: 1...1, nullability: .whenAnyArgument, namer: { "(+ \($0[0]))" }, signature: { t, _ in
            let type = try numeric("positive", t[0])
            return FunctionSignature(inputs: [type], result: type)
        }) { v, _ in v[0] },
    ]

    /// `e()` and `pi()`: a double that is never null, named `E()` and `PI()`.
    static func constant(_ name: String, _ value: Double) -> RowFunction {
        RowFunction(name, arity: 0...0, nullability: .never, namer: { _ in "\(name.uppercased())()" },
                    signature: Signatures.fixed([], .double)) { _, _ in .double(value) }
    }

    /// A logarithm that is null at or below its asymptote (`log10(0)` is NULL in Spark), named upper-case.
    static func logarithm(_ name: String, asymptote: Double, _ f: @escaping @Sendable (Double) -> Double) -> RowFunction {
        RowFunction(name, arity: 1...1, namer: { "\(name.uppercased())(\($0[0]))" },
                    signature: Signatures.fixed([.double], .double)) { v, _ in
            let x = v[0].doubleValue!
            return x <= asymptote ? .null : .double(f(x))
        }
    }

    /// `pow` and `power` compute the same; Spark prints each spelling its own way (`pow(n, 2)`, `POWER(n, 2)`).
    /// Over double columns (the arguments are cast to double) a loop over the buffers.
    static func power(_ name: String, named printed: String) -> RowFunction {
        RowFunction(name, arity: 2...2, nullability: .whenAnyArgument, namer: { "\(printed)(\($0.joined(separator: ", ")))" },
                    signature: Signatures.fixed([.double, .double], .double)) { v, _ in
            .double(StrictMath.pow(v[0].doubleValue!, v[1].doubleValue!))
        }.vectorised { columns, count in
            guard case .float64(let base) = columns[0].storage, case .float64(let exponent) = columns[1].storage
            else { return nil }
            let validity = ValidityMask.intersection(columns[0].validity, columns[1].validity)
            var values = Lane.map(.each(base), .each(exponent), count: count) { StrictMath.pow($0, $1) }
            values.zeroNulls(validity)
            return ColumnVector(dataType: .double, storage: .float64(values), validity: validity)
        }
    }

    static func numeric(_ name: String, _ type: DataType) throws -> DataType {
        switch type {
        case .integer, .long, .double, .decimal, .byte, .short, .float: return type
        case .null: return .double
        case .string: return .double
        default: throw Signatures.mismatch(name, 1, "\"NUMERIC\"", type)
        }
    }

    static func double(_ name: String, _ f: @escaping @Sendable (Double) -> Double) -> RowFunction {
        // Spark prints these unary math functions upper-case in generated names (`SQRT(x)`, `EXP(x)`).
        RowFunction(name, arity: 1...1, namer: { "\(name.uppercased())(\($0[0]))" },
                    signature: Signatures.fixed([.double], .double)) { v, _ in
            let r = f(v[0].doubleValue!)
            return r.isNaN && name == "sqrt" ? .double(.nan) : .double(r)
        }
    }

    /// `floor`/`ceil`: integral inputs pass through as bigint, doubles round and become bigint, decimals
    /// become decimals of scale 0 (one more integral digit).
    static func integral(_ name: String, _ f: @escaping @Sendable (Double) -> Double) -> RowFunction {
        RowFunction(name, arity: 1...1, namer: { "\(name.uppercased())(\($0[0]))" }, signature: { t, _ in
            let type = try numeric(name, t[0])
            if case .decimal(let p, let s) = type {
                return FunctionSignature(inputs: [type], result: s == 0 ? type : DecimalPrecision.bounded(p - s + 1, 0))
            }
            return FunctionSignature(inputs: [type == .double || type == .float ? .double : .long], result: .long)
        }) { v, _ in
            if case .decimal(let d) = v[0] { return RoundFunction.decimal(d, scale: 0, mode: name == "floor" ? .down : .up) }
            if let i = v[0].int64Value { return .long(i) }
            let d = f(v[0].doubleValue!)
            guard d.isFinite else { return .long(d > 0 ? .max : (d < 0 ? .min : 0)) }
            return .long(d >= 9.223372036854775807e18 ? .max : (d <= -9.223372036854775808e18 ? .min : Int64(d)))
        }
    }
}

/// Spark's `round` (HALF_UP) on the decimal a double prints as, so `round(2.675, 2)` is 2.68 as in Spark.
enum SparkRounding {
    static func roundHalfUp(_ d: Double, scale: Int) -> Double {
        guard d.isFinite else { return d }
        var text = "\(d)"
        if text.contains("e") || text.contains("E") {
            text = String(format: "%.20f", d)
        }
        guard let decimal = Decimal(string: text) else { return d }
        var input = decimal, result = Decimal()
        NSDecimalRound(&result, &input, scale, d >= 0 ? .plain : .plain)
        return Double(result.description) ?? d
    }

    static func roundHalfUp(_ i: Int64, scale: Int) -> Int64 {
        guard scale < 0 else { return i }
        var factor: Int64 = 1
        for _ in 0..<min(18, -scale) { factor *= 10 }
        let q = i / factor, r = i % factor
        if Swift.abs(r) * 2 >= factor { return (q + (i < 0 ? -1 : 1)) * factor }
        return q * factor
    }
}
