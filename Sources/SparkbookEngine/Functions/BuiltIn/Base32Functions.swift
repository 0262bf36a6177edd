/// `to_base32` and `from_base32`: RFC 4648's alphabet with `=` padding, decoded as Apache Commons Codec's lenient
/// `Base32` decodes (either case; other characters skipped; the first `=` ends the input; leftover bits dropped).
enum Base32Functions {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    static let all: [any ScalarFunction] = [
        RowFunction("to_base32", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.binary], .string)) { v, _ in
            .string(encode(v[0].binaryBytes ?? Array(v[0].string.utf8)))
        },
        RowFunction("from_base32", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.string], .binary)) { v, _ in
            .binary(decode(v[0].string))
        },
    ]

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: 5) {
            let chunk = bytes[start..<min(start + 5, bytes.count)]
            var bits: UInt64 = 0
            for (i, b) in chunk.enumerated() { bits |= UInt64(b) << UInt64(32 - 8 * i) }
            let characters = (chunk.count * 8 + 4) / 5
            for i in 0..<8 {
                out.append(i < characters ? alphabet[Int((bits >> UInt64(35 - 5 * i)) & 31)] : UInt8(ascii: "="))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var buffer: UInt32 = 0, count = 0
        for c in text.utf8 {
            if c == UInt8(ascii: "=") { break }
            let upper = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c) ? c - 32 : c
            guard let digit = alphabet.firstIndex(of: upper) else { continue }
            buffer = buffer << 5 | UInt32(digit)
            count += 5
            if count >= 8 {
                count -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(count)))
                buffer &= (1 << UInt32(count)) - 1
            }
        }
        return out
    }
}
