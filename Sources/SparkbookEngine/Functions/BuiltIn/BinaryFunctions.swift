import Foundation

/// Spark's functions that make or read `binary` values: `to_binary`/`try_to_binary` (hex, UTF-8 or base64
/// text), `unhex`, `base64`/`unbase64` (Java's MIME coder: 76-character lines joined by CRLF, illegal
/// characters skipped when decoding) and `encode`/`decode` in the charsets Spark allows.
enum BinaryFunctions {
    static let all: [any ScalarFunction] = [
        toBinary("to_binary", tolerant: false),
        toBinary("try_to_binary", tolerant: true),
        RowFunction("unhex", arity: 1...1, signature: Signatures.fixed([.string], .binary)) { v, _ in
            hexBytes(v[0].string).map(Value.binary) ?? .null
        },
        RowFunction("base64", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.binary], .string)) { v, _ in
            .string(Data(v[0].binaryBytes ?? []).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]))
        },
        RowFunction("unbase64", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.string], .binary)) { v, _ in
            .binary(mimeBase64Bytes(v[0].string))
        },
        RowFunction("encode", arity: 2...2, signature: Signatures.fixed([.string, .string], .binary)) { v, _ in
            let s = v[0].string
            switch try charset(v[1].string, in: "encode") {
            case .utf16: return .binary([0xFE, 0xFF] + Array(s.data(using: .utf16BigEndian) ?? Data()))
            case let encoding: return .binary(Array(s.data(using: encoding.foundation, allowLossyConversion: true) ?? Data()))
            }
        },
        RowFunction("decode", arity: 2...2, signature: Signatures.fixed([.binary, .string], .string)) { v, _ in
            let bytes = Data(v[0].binaryBytes ?? [])
            let encoding = try charset(v[1].string, in: "decode")
            if encoding == .utf8 { return .string(String(decoding: bytes, as: UTF8.self)) }
            return String(data: bytes, encoding: encoding.foundation).map(Value.string) ?? .null
        },
    ]

    /// `to_binary(s[, fmt])`: hex by default; a malformed value is Spark's `CONVERSION_INVALID_INPUT`, or null
    /// for `try_to_binary`.
    static func toBinary(_ name: String, tolerant: Bool) -> RowFunction {
        RowFunction(name, arity: 1...2, signature: Signatures.fixed([.string, .string], .binary)) { v, _ in
            let text = v[0].string
            let format = v.count > 1 ? v[1].string.lowercased() : "hex"
            let bytes: [UInt8]?
            switch format {
            case "hex": bytes = hexBytes(text)
            case "utf-8", "utf8": bytes = Array(text.utf8)
            case "base64": bytes = strictBase64Bytes(text)
            default:
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.INVALID_ARG_VALUE",
                                 message: "Cannot resolve \"\(name)(\(text), \(v[1].string))\" due to data type mismatch: The fmt value must to be a case-insensitive \"STRING\" literal of 'hex', 'utf-8', 'utf8', or 'base64', but got '\(v[1].string)'.",
                                 sqlState: "42K09")
            }
            if let bytes { return .binary(bytes) }
            if tolerant { return .null }
            throw SparkError(.illegalArgument, errorClass: "CONVERSION_INVALID_INPUT",
                             message: "The value '\(text)' ('\(format.uppercased())') cannot be converted to \"BINARY\" because it is malformed. Correct the value as per the syntax, or change its format. Use `try_to_binary` to tolerate malformed input and return NULL instead.",
                             sqlState: "22018")
        }
    }

    /// Hex digits to bytes, an odd count read with a leading zero (`abc` is `0A BC`); nil for any other character.
    static func hexBytes(_ text: String) -> [UInt8]? {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.utf8.count + 1)
        if text.utf8.count % 2 == 1 { digits.append(0) }
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digits.append(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digits.append(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    /// Java's MIME decoder: characters outside the alphabet are skipped, decoding stops at the first `=`.
    static func mimeBase64Bytes(_ text: String) -> [UInt8] {
        var sextets: [UInt8] = []
        for c in text.utf8 {
            if c == UInt8(ascii: "=") { break }
            if let v = base64Value(c) { sextets.append(v) }
        }
        return bytes(fromSextets: sextets)
    }

    /// `to_binary(s, 'base64')`: the alphabet only (whitespace allowed), padding optional.
    static func strictBase64Bytes(_ text: String) -> [UInt8]? {
        var sextets: [UInt8] = []
        var padding = 0
        for c in text.utf8 {
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { continue }
            if c == UInt8(ascii: "=") { padding += 1; continue }
            guard padding == 0, let v = base64Value(c) else { return nil }
            sextets.append(v)
        }
        guard sextets.count % 4 != 1, padding == 0 || (sextets.count + padding) % 4 == 0 else { return nil }
        return bytes(fromSextets: sextets)
    }

    private static func base64Value(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): c - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): c - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }

    private static func bytes(fromSextets sextets: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var buffer: UInt32 = 0, bits = 0
        for s in sextets {
            buffer = buffer << 6 | UInt32(s)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return out
    }

    /// The charsets `encode`/`decode` accept (Spark's `CharsetProvider`, case-insensitive).
    enum Charset: Equatable {
        case utf8, ascii, latin1, utf16, utf16be, utf16le, utf32

        var foundation: String.Encoding {
            switch self {
            case .utf8: .utf8
            case .ascii: .ascii
            case .latin1: .isoLatin1
            case .utf16: .utf16
            case .utf16be: .utf16BigEndian
            case .utf16le: .utf16LittleEndian
            case .utf32: .utf32BigEndian
            }
        }
    }

    static func charset(_ name: String, in function: String) throws -> Charset {
        switch name.lowercased() {
        case "utf-8": return .utf8
        case "us-ascii": return .ascii
        case "iso-8859-1": return .latin1
        case "utf-16": return .utf16
        case "utf-16be": return .utf16be
        case "utf-16le": return .utf16le
        case "utf-32": return .utf32
        default:
            throw SparkError(.illegalArgument, errorClass: "INVALID_PARAMETER_VALUE.CHARSET",
                             message: "The value of parameter(s) `charset` in `\(function)` is invalid: expects one of the iso-8859-1, us-ascii, utf-16, utf-16be, utf-16le, utf-32, utf-8, but got \(name).",
                             sqlState: "22023")
        }
    }
}
