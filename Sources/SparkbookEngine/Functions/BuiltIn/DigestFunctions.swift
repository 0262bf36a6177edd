import Crypto

/// Spark's message digests of a string's UTF-8 bytes: `md5`, `sha1` and `sha2` as lower-case hex, `crc32`
/// as a bigint.
enum DigestFunctions {
    static let all: [any ScalarFunction] = [
        hex("md5") { Insecure.MD5.hash(data: $0).hexText },
        hex("sha1") { Insecure.SHA1.hash(data: $0).hexText },
        RowFunction("sha2", arity: 2...2, signature: Signatures.fixed([.string, .integer], .string)) { v, _ in
            let bytes = Array(v[0].string.utf8)
            switch v[1].int64Value {
            case 0, 256: return .string(SHA256.hash(data: bytes).hexText)
            case 384: return .string(SHA384.hash(data: bytes).hexText)
            case 512: return .string(SHA512.hash(data: bytes).hexText)
            case 224:
                throw SparkError(.analysis, errorClass: "UNSUPPORTED_FEATURE",
                                 message: "sha2 with 224 bits is not supported in Sparkbook; use 256, 384 or 512.",
                                 sqlState: "0A000")
            default: return .null  // Spark answers null for a bit length it does not know.
            }
        },
        RowFunction("crc32", arity: 1...1, signature: Signatures.fixed([.string], .long)) { v, _ in
            .long(Int64(CRC32.checksum(Array(v[0].string.utf8))))
        },
    ]

    static func hex(_ name: String, _ digest: @escaping @Sendable ([UInt8]) -> String) -> RowFunction {
        RowFunction(name, arity: 1...1, signature: Signatures.fixed([.string], .string)) { v, _ in
            .string(digest(Array(v[0].string.utf8)))
        }
    }
}

/// The CRC-32 of zlib and `java.util.zip.CRC32` (reflected polynomial 0xEDB88320), which swift-crypto lacks.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Digest {
    /// The digest as lower-case hexadecimal, as Spark prints it.
    var hexText: String {
        let digits = Array("0123456789abcdef")
        return String(self.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
    }
}
