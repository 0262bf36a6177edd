import Foundation

/// Spark's trigonometric and hyperbolic functions: double in, double out, null only for a null argument, named
/// upper-case as Spark's `UnaryMathExpression`s print (`SIN(x)`, `ATAN2(y, x)`). The inverse hyperbolic ones use
/// Spark's own formulas (not libm's), so their last digits are Spark's.
enum TrigonometricFunctions {
    static let all: [any ScalarFunction] = [
        unary("sin", sin), unary("cos", cos), unary("tan", tan),
        unary("asin", asin), unary("acos", acos), unary("atan", atan),
        unary("sinh", sinh), unary("cosh", StrictMath.cosh), unary("tanh", tanh),
        unary("cot") { 1 / tan($0) }, unary("sec") { 1 / cos($0) }, unary("csc") { 1 / sin($0) },
        // Odd: a negative x is -asinh(-x), so asinh(-0.5) is -asinh(0.5) to the last digit, as in Spark.
        unary("asinh") { x in
            let a = Swift.abs(x)
            let r = a == .infinity ? a : StrictMath.log(a + (a * a + 1).squareRoot())
            return x < 0 ? -r : r
        },
        unary("acosh") { StrictMath.log($0 + ($0 * $0 - 1).squareRoot()) },
        unary("atanh") { 0.5 * (log1p($0) - log1p(-$0)) },
        // java.lang.Math.toDegrees / toRadians multiply by these constants (JDK 9 and later).
        unary("degrees") { $0 * 57.29577951308232 },
        unary("radians") { $0 * 0.017453292519943295 },
        binary("atan2", atan2), binary("hypot", hypot),
    ]

    static func unary(_ name: String, _ f: @escaping @Sendable (Double) -> Double) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, namer: { "\(name.uppercased())(\($0[0]))" },
                    signature: Signatures.fixed([.double], .double)) { v, _ in .double(f(v[0].doubleValue!)) }
    }

    static func binary(_ name: String, _ f: @escaping @Sendable (Double, Double) -> Double) -> RowFunction {
        RowFunction(name, arity: 2...2, nullability: .whenAnyArgument,
                    namer: { "\(name.uppercased())(\($0.joined(separator: ", ")))" },
                    signature: Signatures.fixed([.double, .double], .double)) { v, _ in
            .double(f(v[0].doubleValue!, v[1].doubleValue!))
        }
    }
}
