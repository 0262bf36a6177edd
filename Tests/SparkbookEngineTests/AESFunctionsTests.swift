import Foundation
import Testing
@testable import SparkbookEngine

/// AES as Spark's docstrings and PySpark 4.3.0 give it.
@Suite struct AESFunctionsTests {
    let key = Array("abcdefghijklmnop12345678ABCDEFGH".utf8)

    @Test func gcmWithAGivenIVMatchesSpark() throws {
        let out = try AESFunctions.encrypt(Array("Spark".utf8), key: key, mode: "GCM", padding: "DEFAULT",
                                           iv: [UInt8](repeating: 0, count: 12),
                                           aad: Array("This is an AAD mixed into the input".utf8))
        #expect(Data(out).base64EncodedString() == "AAAAAAAAAAAAAAAAQiYi+sTLm7KD9UcZ2nlRdYDe/PX4")
    }

    @Test func ecbAndCbcMatchSpark() throws {
        let key = Array("1234567890abcdef".utf8), input = Array("Spark SQL".utf8)
        let ecb = try AESFunctions.encrypt(input, key: key, mode: "ECB", padding: "DEFAULT", iv: [], aad: [])
        #expect(Value.hexText(ecb) == "DE59B0BBE330D07DDF8B9343BDCBBD96")
        let cbc = try AESFunctions.encrypt(input, key: key, mode: "CBC", padding: "PKCS", iv: [UInt8](repeating: 0, count: 16), aad: [])
        #expect(Value.hexText(cbc) == "00000000000000000000000000000000DE59B0BBE330D07DDF8B9343BDCBBD96")
        #expect(try AESFunctions.decrypt(ecb, key: key, mode: "ECB", padding: "DEFAULT", aad: []) == input)
        #expect(try AESFunctions.decrypt(cbc, key: key, mode: "CBC", padding: "DEFAULT", aad: []) == input)
    }

    @Test func namesShowTheDefaults() {
        #expect(AESFunctions.named("aes_encrypt", ["s", "k"]) == "aes_encrypt(s, k, GCM, DEFAULT, , )")
        #expect(AESFunctions.named("aes_decrypt", ["s", "k", "ECB"]) == "aes_decrypt(s, k, ECB, DEFAULT, )")
        #expect(AESFunctions.named("try_aes_decrypt", ["s", "k", "GCM", "NONE", "a"]) == "try_aes_decrypt(s, k, GCM, NONE, a)")
    }

    @Test func randomIVsRoundTrip() throws {
        for mode in ["GCM", "CBC"] {
            let out = try AESFunctions.encrypt(Array("Spark SQL".utf8), key: key, mode: mode, padding: "DEFAULT", iv: [], aad: [])
            #expect(try AESFunctions.decrypt(out, key: key, mode: mode, padding: "DEFAULT", aad: []) == Array("Spark SQL".utf8))
        }
    }

    @Test func errorsAreSparks() throws {
        #expect(throws: SparkError.self) { try AESFunctions.encrypt([1], key: [1, 2], mode: "GCM", padding: "DEFAULT", iv: [], aad: []) }
        #expect(throws: SparkError.self) { try AESFunctions.encrypt([1], key: key, mode: "GCM", padding: "PKCS", iv: [], aad: []) }
        #expect(throws: SparkError.self) { try AESFunctions.decrypt([UInt8](repeating: 7, count: 40), key: key, mode: "GCM", padding: "DEFAULT", aad: []) }
        let tolerant = try FunctionTestSupport.call("try_aes_decrypt", .binary([UInt8](repeating: 7, count: 40)), [.binary(key)], type: .binary)
        #expect(tolerant == .null)
    }
}
