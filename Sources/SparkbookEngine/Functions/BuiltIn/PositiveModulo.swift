/// `pmod(a, n)`: the remainder of `a / n` made non-negative for a positive `n`, in the operands' common
/// numeric type; a zero divisor is Spark's ANSI `REMAINDER_BY_ZERO`.
enum PositiveModulo {
    static let function = RowFunction("pmod", arity: 2...2, signature: { t, _ in
        for (i, type) in t.enumerated() {
            if case .decimal = type {
                throw SparkError(.analysis, errorClass: "UNSUPPORTED_FEATURE",
                                 message: "pmod of a decimal is not supported in Sparkbook; cast to double first.", sqlState: "0A000")
            }
            if !(type.isNumeric || type == .null) { throw Signatures.mismatch("pmod", i + 1, "\"NUMERIC\"", type) }
        }
        let common = TypeCoercion.commonType(t[0], t[1]) ?? .double
        let type: DataType = common == .null ? .integer : common
        return FunctionSignature(inputs: [type, type], result: type)
    }) { v, _ in
        let r = try ValueArithmetic.checked(.modulo, v[0], v[1])
        guard let d = r.doubleValue, d < 0 else { return r }
        return try ValueArithmetic.checked(.modulo, ValueArithmetic.apply(.add, r, v[1]), v[1])
    }
}
