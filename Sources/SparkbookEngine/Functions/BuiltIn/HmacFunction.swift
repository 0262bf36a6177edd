import Crypto

/// `hmac(key, message, algorithm)`: the HMAC of the message's bytes, as a binary; `SHA-256` unless named
/// (`SHA-1`, `SHA-384`, `SHA-512`, `MD5`), which the generated name shows.
enum HmacFunction {
    static let function = RowFunction("hmac", arity: 2...3, namer: { $0.count == 2 ? "hmac(\($0[0]), \($0[1]), SHA-256)" : "hmac(\($0.joined(separator: ", ")))" },
                                      signature: Signatures.fixed([.binary, .binary, .string], .binary)) { v, _ in
        let key = SymmetricKey(data: v[0].binaryBytes ?? Array(v[0].string.utf8))
        let message = v[1].binaryBytes ?? Array(v[1].string.utf8)
        let algorithm = v.count > 2 ? v[2].string.uppercased() : "SHA-256"
        switch algorithm {
        case "SHA-256", "SHA256": return .binary(Array(HMAC<SHA256>.authenticationCode(for: message, using: key)))
        case "SHA-384", "SHA384": return .binary(Array(HMAC<SHA384>.authenticationCode(for: message, using: key)))
        case "SHA-512", "SHA512": return .binary(Array(HMAC<SHA512>.authenticationCode(for: message, using: key)))
        case "SHA-1", "SHA1": return .binary(Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: key)))
        case "MD5": return .binary(Array(HMAC<Insecure.MD5>.authenticationCode(for: message, using: key)))
        default:
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.HMAC_ALGORITHM",
                             message: "hmac does not know the algorithm \(v[2].string) in Sparkbook; use SHA-256, SHA-384, SHA-512, SHA-1 or MD5.",
                             sqlState: "22023")
        }
    }
}
