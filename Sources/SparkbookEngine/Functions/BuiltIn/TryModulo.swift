/// `try_mod(a, b)`: `a % b` in the operands' common numeric type, null for a zero divisor in ANSI mode too.
enum TryModulo {
    static let function = RowFunction("try_mod", arity: 2...2, signature: { t, _ in
        for (i, type) in t.enumerated() where !(type.isNumeric || type == .null) {
            throw Signatures.mismatch("try_mod", i + 1, "\"NUMERIC\"", type)
        }
        let common = TypeCoercion.commonType(t[0], t[1]) ?? .double
        let type: DataType = common == .null ? .integer : common
        return FunctionSignature(inputs: [type, type], result: type)
    }) { v, _ in
        (try? ValueArithmetic.checked(.modulo, v[0], v[1])) ?? .null
    }
}
