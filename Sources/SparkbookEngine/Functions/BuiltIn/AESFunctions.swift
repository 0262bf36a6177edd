import Crypto
import _CryptoExtras
import Foundation

/// Spark's `aes_encrypt`, `aes_decrypt` and `try_aes_decrypt`: AES with a 16, 24 or 32-byte key in GCM (the
/// default: a 12-byte IV before the ciphertext, the 16-byte tag after it, optional AAD), CBC (a 16-byte IV before
/// the ciphertext, PKCS padding) or ECB (PKCS padding, no IV), as `ExpressionImplUtils.aesInternal` does. An IV
/// not given is drawn at random; `try_aes_decrypt` is null where `aes_decrypt` fails.
enum AESFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("aes_encrypt", arity: 2...6, namer: { named("aes_encrypt", $0) }, signature: Signatures.fixed([.binary, .binary, .string, .string, .binary, .binary], .binary)) { v, _ in
            let (mode, padding) = (text(v, 2, "GCM"), text(v, 3, "DEFAULT"))
            return .binary(try encrypt(bytes(v[0]), key: bytes(v[1]), mode: mode, padding: padding,
                                       iv: v.count > 4 ? bytes(v[4]) : [], aad: v.count > 5 ? bytes(v[5]) : []))
        },
        decryption("aes_decrypt", tolerant: false),
        decryption("try_aes_decrypt", tolerant: true),
    ]

    static func decryption(_ name: String, tolerant: Bool) -> RowFunction {
        RowFunction(name, arity: 2...5, namer: { named(name, $0) }, signature: Signatures.fixed([.binary, .binary, .string, .string, .binary], .binary)) { v, _ in
            do {
                return .binary(try decrypt(bytes(v[0]), key: bytes(v[1]), mode: text(v, 2, "GCM"), padding: text(v, 3, "DEFAULT"),
                                           aad: v.count > 4 ? bytes(v[4]) : []))
            } catch where tolerant {
                return .null
            }
        }
    }

    /// Spark fills the defaults in, and the name shows them (SQL's `aes_encrypt(s, k)` is
    /// `aes_encrypt(s, k, GCM, DEFAULT, , )`, as PySpark's call).
    @Sendable static func named(_ name: String, _ arguments: [String]) -> String {
        let defaults = ["GCM", "DEFAULT", ""] + (name == "aes_encrypt" ? [""] : [])
        let filled = arguments + defaults.dropFirst(max(0, arguments.count - 2))
        return "\(name)(\(filled.joined(separator: ", ")))"
    }

    private static func bytes(_ value: Value) -> [UInt8] { value.binaryBytes ?? Array(value.string.utf8) }

    private static func text(_ v: [Value], _ index: Int, _ fallback: String) -> String {
        index < v.count ? v[index].string.uppercased() : fallback
    }

    enum Mode { case gcm, cbc, ecb }

    static func mode(_ mode: String, _ padding: String) throws -> Mode {
        switch (mode, padding) {
        case ("GCM", "DEFAULT"), ("GCM", "NONE"): return .gcm
        case ("CBC", "DEFAULT"), ("CBC", "PKCS"): return .cbc
        case ("ECB", "DEFAULT"), ("ECB", "PKCS"): return .ecb
        default:
            throw SparkError(.execution, errorClass: "UNSUPPORTED_FEATURE.AES_MODE",
                             message: "The feature is not supported: AES-\(mode) with the padding \(padding) by the `aes_encrypt`/`aes_decrypt` function.",
                             sqlState: "0A000")
        }
    }

    static func key(_ bytes: [UInt8]) throws -> SymmetricKey {
        guard [16, 24, 32].contains(bytes.count) else {
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.AES_KEY_LENGTH",
                             message: "The value of parameter(s) `key` in `aes_encrypt`/`aes_decrypt` is invalid: expects a binary value with 16, 24 or 32 bytes, but got \(bytes.count) bytes.",
                             sqlState: "22023")
        }
        return SymmetricKey(data: bytes)
    }

    static func encrypt(_ input: [UInt8], key keyBytes: [UInt8], mode name: String, padding: String, iv: [UInt8],
                        aad: [UInt8]) throws -> [UInt8] {
        let (key, mode) = try checked(keyBytes, name, padding, aad: aad, in: "aes_encrypt")
        return try crypto {
            switch mode {
            case .gcm:
                if !iv.isEmpty, iv.count != 12 { throw ivLength(iv.count, "12") }
                let nonce = iv.isEmpty ? AES.GCM.Nonce() : try AES.GCM.Nonce(data: iv)
                let box = try AES.GCM.seal(input, using: key, nonce: nonce, authenticating: aad)
                return Array(nonce) + Array(box.ciphertext) + Array(box.tag)
            case .cbc:
                if !iv.isEmpty, iv.count != 16 { throw ivLength(iv.count, "16") }
                let ivBytes = iv.isEmpty ? (0..<16).map { _ in UInt8.random(in: 0...255) } : iv
                return ivBytes + Array(try AES._CBC.encrypt(input, using: key, iv: AES._CBC.IV(ivBytes: ivBytes)))
            case .ecb:
                if !iv.isEmpty { throw unsupported("AES_MODE_IV", "`aes_encrypt` with AES-ECB does not support initialization vectors (IVs).") }
                let missing = 16 - input.count % 16
                return try blocks(input + [UInt8](repeating: UInt8(missing), count: missing)) {
                    try AES._CBC.encrypt($0, using: key, iv: zeroIV, noPadding: true)
                }
            }
        }
    }

    static func decrypt(_ input: [UInt8], key keyBytes: [UInt8], mode name: String, padding: String,
                        aad: [UInt8]) throws -> [UInt8] {
        let (key, mode) = try checked(keyBytes, name, padding, aad: aad, in: "aes_decrypt")
        return try crypto {
            switch mode {
            case .gcm:
                guard input.count >= 28 else { throw detail("Tag mismatch!") }
                let box = try AES.GCM.SealedBox(nonce: AES.GCM.Nonce(data: Array(input[0..<12])),
                                                ciphertext: Array(input[12..<(input.count - 16)]),
                                                tag: Array(input[(input.count - 16)...]))
                do { return Array(try AES.GCM.open(box, using: key, authenticating: aad)) } catch { throw detail("Tag mismatch!") }
            case .cbc:
                guard input.count >= 32, input.count % 16 == 0 else { throw badPadding }
                let vector = try AES._CBC.IV(ivBytes: input[0..<16])
                do { return Array(try AES._CBC.decrypt(Array(input[16...]), using: key, iv: vector)) } catch { throw badPadding }
            case .ecb:
                guard !input.isEmpty, input.count % 16 == 0 else { throw badPadding }
                let plain = try blocks(input) { try AES._CBC.decrypt($0, using: key, iv: zeroIV, noPadding: true) }
                let pad = Int(plain.last!)
                guard (1...16).contains(pad), plain.suffix(pad).allSatisfy({ Int($0) == pad }) else { throw badPadding }
                return Array(plain.dropLast(pad))
            }
        }
    }

    /// The key and the mode, checked as Spark checks them; only GCM takes additional authenticated data.
    private static func checked(_ keyBytes: [UInt8], _ name: String, _ padding: String, aad: [UInt8], in function: String) throws
        -> (SymmetricKey, Mode) {
        let key = try Self.key(keyBytes)
        let mode = try Self.mode(name, padding)
        if mode != .gcm, !aad.isEmpty {
            throw unsupported("AES_MODE_AAD", "`\(function)` with AES-\(name) does not support additional authenticate data (AAD).")
        }
        return (key, mode)
    }

    /// ECB is CBC over each block alone with a zero IV.
    private static let zeroIV = try! AES._CBC.IV(ivBytes: [UInt8](repeating: 0, count: 16))

    private static func blocks(_ input: [UInt8], _ each: ([UInt8]) throws -> Data) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        for start in stride(from: 0, to: input.count, by: 16) { out += try each(Array(input[start..<(start + 16)])) }
        return out
    }

    /// Spark's errors pass through; a library failure is Spark's crypto error.
    private static func crypto(_ body: () throws -> [UInt8]) throws -> [UInt8] {
        do { return try body() } catch let error as SparkError { throw error } catch { throw detail("\(error)") }
    }

    private static let badPadding = detail("Given final block not properly padded. Such issues can arise if a bad key is used during decryption.")

    private static func detail(_ message: String) -> SparkError {
        SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.AES_CRYPTO_ERROR",
                   message: "The value of parameter(s) `expr`, `key` in `aes_encrypt`/`aes_decrypt` is invalid: detail message: \(message)",
                   sqlState: "22023")
    }

    private static func ivLength(_ actual: Int, _ expected: String) -> SparkError {
        SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.AES_IV_LENGTH",
                   message: "The value of parameter(s) `iv` in `aes_encrypt` is invalid: expects \(expected) bytes, but got \(actual) bytes.",
                   sqlState: "22023")
    }

    private static func unsupported(_ subclass: String, _ message: String) -> SparkError {
        SparkError(.execution, errorClass: "UNSUPPORTED_FEATURE.\(subclass)", message: "The feature is not supported: \(message)",
                   sqlState: "0A000")
    }
}
