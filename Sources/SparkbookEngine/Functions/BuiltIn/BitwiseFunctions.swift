/// Spark's bitwise functions on integral columns: `~x` keeps the input type; shifts as Java's; `bit_count` counts the set bits
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
        // `bit_get(x, pos)`: the bit at pos (0 is the lowest) as a tinyint; a pos outside the type is Spark's error.
        RowFunction("bit_get", arity: 2...2, nullability: .whenAnyArgument, signature: { t, _ in
            let type = try integral("bit_get", t[0])
            return FunctionSignature(inputs: [type, .integer], result: .byte)
        }) { v, _ in
            let width: Int64 = switch v[0] { case .byte: 8; case .short: 16; case .integer: 32; default: 64 }
            let position = v[1].int64Value!
            guard (0..<width).contains(position) else {
                throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.BIT_POSITION_RANGE",
                                 message: "The value of parameter(s) `pos` in `bit_get` is invalid: expects an integer value in [0, \(width)), but got \(position).",
                                 sqlState: "22023")
            }
            return .byte(Int8((v[0].int64Value! >> position) & 1))
        },
        binary("&", int: &, long: &),
        binary("|", int: |, long: |),
        binary("^", int: ^, long: ^),
        shift("shiftleft", int: { $0 << ($1 & 31) }, long: { $0 << ($1 & 63) }),
        shift("shiftright", int: { $0 >> ($1 & 31) }, long: { $0 >> ($1 & 63) }),
        shift("shiftrightunsigned", int: { Int32(bitPattern: UInt32(bitPattern: $0) >> UInt32($1 & 31)) },
              long: { Int64(bitPattern: UInt64(bitPattern: $0) >> UInt64($1 & 63)) }),
    ]

    /// `a & b`, `a | b`, `a ^ b` (Column.bitwiseAND/OR/XOR): both sides widened to the wider integral type, as
    /// Spark's BitwiseAnd/Or/Xor take them; tinyint and smallint results keep their type.
    static func binary(_ symbol: String, int: @escaping @Sendable (Int32, Int32) -> Int32,
                       long: @escaping @Sendable (Int64, Int64) -> Int64) -> RowFunction {
        RowFunction(symbol, arity: 2...2, nullability: .whenAnyArgument, namer: { "(\($0[0]) \(symbol) \($0[1]))" },
                    signature: { t, _ in
            let left = try integral(symbol, t[0]), right = try integral(symbol, t[1])
            let type = TypeCoercion.commonType(left, right) ?? .long
            return FunctionSignature(inputs: [type, type], result: type)
        }) { v, _ in
            let a = v[0].int64Value!, b = v[1].int64Value!
            switch v[0] {
            case .long: return .long(long(a, b))
            case .short: return .short(Int16(truncatingIfNeeded: int(Int32(a), Int32(b))))
            case .byte: return .byte(Int8(truncatingIfNeeded: int(Int32(a), Int32(b))))
            default: return .integer(int(Int32(truncatingIfNeeded: a), Int32(truncatingIfNeeded: b)))
            }
        }
    }

    /// Java's shifts: an int or bigint shifted by an int, the distance masked to the width (`x << 33` on an
    /// int shifts by 1); smaller integral types shift as ints.
    static func shift(_ name: String, int: @escaping @Sendable (Int32, Int32) -> Int32,
                      long: @escaping @Sendable (Int64, Int64) -> Int64) -> RowFunction {
        RowFunction(name, arity: 2...2, nullability: .whenAnyArgument, signature: { t, _ in
            let type: DataType = try integral(name, t[0]) == .long ? .long : .integer
            return FunctionSignature(inputs: [type, .integer], result: type)
        }) { v, _ in
            let distance = v[1].int64Value!
            if case .long(let x) = v[0] { return .long(long(x, distance)) }
            return .integer(int(Int32(truncatingIfNeeded: v[0].int64Value!), Int32(truncatingIfNeeded: distance)))
        }
    }

    /// The integral input type, a null or string argument read as bigint; anything else Spark's mismatch.
    static func integral(_ name: String, _ type: DataType) throws -> DataType {
        switch type {
        case .integer, .long, .short, .byte: return type
        case .null, .string: return .long
        default: throw Signatures.mismatch(name, 1, "\"INTEGRAL\"", type)
        }
    }
}
