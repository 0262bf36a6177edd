/// Operators Spark names differently from their plain form, kept as functions so the generated column name
/// matches Spark's: `-col` (`negative(x)`), `eqNullSafe`/`<=>` (`(a <=> b)`), SQL `div` (`(a div b)`),
/// SQL `BETWEEN` (`between(x, a, b)`), `substr` (`substr(s, 1, 2)`, same rule as `substring`) and `bround`
/// (HALF_EVEN rounding).
enum OperatorFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("negative", arity: 1...1, nullability: .whenAnyArgument, signature: { t, _ in
            let type: DataType = t[0] == .string ? .double : try MathFunctions.numeric("negative", t[0])
            return FunctionSignature(inputs: [type], result: type)
        }) { v, _ in try ValueArithmetic.negate(v[0]) },
        RowFunction("eqnullsafe", arity: 2...2, nullIntolerant: false, nullability: .never, namer: { "(\($0[0]) <=> \($0[1]))" },
                    signature: { t, _ in
            let common = TypeCoercion.commonType(t[0], t[1]) ?? .string
            return FunctionSignature(inputs: [common, common], result: .boolean)
        }) { v, _ in
            if v[0].isNull || v[1].isNull { return .boolean(v[0].isNull && v[1].isNull) }
            return .boolean(ValueOrdering.compare(v[0], v[1]) == 0)
        },
        RowFunction("div", arity: 2...2, namer: { "(\($0[0]) div \($0[1]))" },
                    signature: { t, _ in
            for (i, type) in t.enumerated() where !(type.isNumeric || type == .string || type == .null) {
                throw Signatures.mismatch("div", i + 1, "\"NUMERIC\"", type)
            }
            let integral = t.allSatisfy { $0 == .integer || $0 == .long || $0 == .null }
            let input: DataType = integral ? .long : .double
            return FunctionSignature(inputs: [input, input], result: .long)
        }) { v, _ in
            if let a = v[0].int64Value, case .long = v[0], let b = v[1].int64Value, case .long = v[1] {
                guard b != 0 else { throw ValueArithmetic.divideByZero }
                let (q, overflow) = a.dividedReportingOverflow(by: b)
                if overflow { throw ValueArithmetic.overflow("divide") }
                return .long(q)
            }
            let a = v[0].doubleValue ?? 0, b = v[1].doubleValue ?? 0
            guard b != 0 else { throw ValueArithmetic.divideByZero }
            let q = (a / b).rounded(.towardZero)
            guard let exact = Int64(exactly: q) else { throw ValueArithmetic.overflow("divide") }
            return .long(exact)
        },
        // SQL `x BETWEEN a AND b` (Spark names it `between(x, a, b)`): `x >= a AND x <= b`, three-valued.
        RowFunction("between", arity: 3...3, nullIntolerant: false, nullability: .whenAnyArgument, signature: { t, _ in
            let common = try ConditionalFunctions.common(t, "between")
            return FunctionSignature(inputs: [common, common, common], result: .boolean)
        }) { v, _ in
            func holds(_ order: Int?, _ test: (Int) -> Bool) -> Bool? { order.map(test) }
            let low = v[0].isNull || v[1].isNull ? nil : holds(ValueOrdering.compare(v[0], v[1])) { $0 >= 0 }
            let high = v[0].isNull || v[2].isNull ? nil : holds(ValueOrdering.compare(v[0], v[2])) { $0 <= 0 }
            if low == false || high == false { return .boolean(false) }
            guard let low, let high else { return .null }
            return .boolean(low && high)
        },
        RowFunction("substr", arity: 2...3, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .integer, .integer], .string)) { v, _ in
            .string(StringFunctions.substring(v[0].string, Int(v[1].int64Value ?? 0),
                                              v.count > 2 ? Int(v[2].int64Value ?? 0) : Int(Int32.max)))
        },
        RowFunction("bround", arity: 1...2, namer: { "bround(\($0[0]), \($0.count > 1 ? $0[1] : "0"))" },
                    signature: { t, _ in
            let type = try MathFunctions.numeric("bround", t[0])
            return FunctionSignature(inputs: [type, .integer], result: type)
        }) { v, _ in
            let scale = v.count > 1 ? Int(v[1].int64Value ?? 0) : 0
            switch v[0] {
            case .double(let d): return .double(SparkRounding.roundHalfEven(d, scale: scale))
            case .integer(let i): return .integer(Int32(truncatingIfNeeded: SparkRounding.roundHalfEven(Int64(i), scale: scale)))
            case .long(let i): return .long(SparkRounding.roundHalfEven(i, scale: scale))
            case .float(let f): return .float(Float(SparkRounding.roundHalfEven(Double(f), scale: scale)))
            case .byte, .short:
                return ValueCast.integral(SparkRounding.roundHalfEven(v[0].int64Value!, scale: scale), as: v[0].dataType)
            default: return .null
            }
        },
    ]
}

import Foundation

extension SparkRounding {
    /// `bround` on a double: the shortest decimal text of the double rounded HALF_EVEN, as Spark's
    /// `BigDecimal(d).setScale(scale, HALF_EVEN)` does.
    static func roundHalfEven(_ d: Double, scale: Int) -> Double {
        guard d.isFinite else { return d }
        var text = "\(d)"
        if text.contains("e") || text.contains("E") { text = String(format: "%.20f", d) }
        guard var input = Decimal(string: text) else { return d }
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .bankers)
        return Double(result.description) ?? d
    }

    /// `bround` on an integral value: only a negative scale rounds (to tens, hundreds, ...), ties to even.
    static func roundHalfEven(_ i: Int64, scale: Int) -> Int64 {
        guard scale < 0 else { return i }
        var factor: Int64 = 1
        for _ in 0..<min(18, -scale) { factor *= 10 }
        let q = i / factor, r = Swift.abs(i % factor)
        let away = r * 2 > factor || (r * 2 == factor && q % 2 != 0)
        return away ? (q + (i < 0 ? -1 : 1)) * factor : q * factor
    }
}
