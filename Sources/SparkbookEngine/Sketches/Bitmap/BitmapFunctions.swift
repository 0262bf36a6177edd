/// Spark's bitmap functions, for exact distinct counts over dense integers: a value's bucket
/// (`bitmap_bucket_number`) and its bit in that bucket's 4 KiB bitmap (`bitmap_bit_position`), numbered from 1
/// for positive values and from 0 downwards otherwise (Spark's `BitmapExpressionUtils`).
enum BitmapFunctions {
    /// Bits per bitmap: 4096 bytes.
    static let bitsPerBitmap: Int64 = 8 * 4096

    static let all: [any ScalarFunction] = [
        long("bitmap_bucket_number") { $0 > 0 ? 1 + ($0 - 1) / bitsPerBitmap : $0 / bitsPerBitmap },
        long("bitmap_bit_position") { $0 > 0 ? ($0 - 1) % bitsPerBitmap : (0 &- $0) % bitsPerBitmap },
    ]

    /// A function of one bigint (integral inputs widen, strings cast as Spark's implicit cast does).
    private static func long(_ name: String, _ body: @escaping @Sendable (Int64) -> Int64) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, signature: { types, _ in
            switch types[0] {
            case .integer, .long, .short, .byte, .null, .string:
                return FunctionSignature(inputs: [.long], result: .long)
            default:
                throw Signatures.mismatch(name, 1, "\"BIGINT\"", types[0])
            }
        }) { values, _ in
            guard let value = values[0].int64Value else { return .null }
            return .long(body(value))
        }
    }
}
