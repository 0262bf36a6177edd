/// Spark's bitwise functions on integral columns: `~x` keeps the input type; `bit_count` counts the set bits
/// of the value widened to a long (Java's `Long.bitCount`, so `bit_count(-1)` is 64 for every integral type).
enum BitwiseFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("bitwise_not", arity: 1...1, nullability: .whenAnyArgument, namer: { "~\($0[0])" },
                    signature: { t, _ in
            let type = try integral("bitwise_not", t[0])
            return FunctionSignature(inputs: [type], result: type)
        }) { v, _ in
            switch v[0] {
            case .integer(let x): .integer(~x)
            case .long(let x): .long(~x)
            case .short(let x): .short(~x)
            case .byte(let x): .byte(~x)
            default: .null
            }
        },
        RowFunction("bit_count", arity: 1...1, nullability: .whenAnyArgument, signature: { t, _ in
            let type = t[0] == .boolean ? DataType.boolean : try integral("bit_count", t[0])
            return FunctionSignature(inputs: [type], result: .integer)
        }) { v, _ in
            if case .boolean(let b) = v[0] { return .integer(b ? 1 : 0) }
            return .integer(Int32(v[0].int64Value!.nonzeroBitCount))
        },
    ]

    /// The integral input type, a null or string argument read as bigint; anything else Spark's mismatch.
    static func integral(_ name: String, _ type: DataType) throws -> DataType {
        switch type {
        case .integer, .long, .short, .byte: return type
        case .null, .string: return .long
        default: throw Signatures.mismatch(name, 1, "\"INTEGRAL\"", type)
        }
    }
}
