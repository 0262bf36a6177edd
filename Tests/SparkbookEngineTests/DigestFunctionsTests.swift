import Testing
@testable import SparkbookEngine

/// Digests recorded from PySpark 4.3.0 for "hello world".
@Suite struct DigestFunctionsTests {
    func digest(_ name: String, _ s: String, _ args: [Value] = []) throws -> Value {
        try FunctionTestSupport.call(name, .string(s), args, type: .string)
    }

    @Test func hexDigestsMatchSpark() throws {
        #expect(try digest("md5", "hello world") == .string("5eb63bbbe01eeed093cb22bb8f5acdc3"))
        #expect(try digest("sha1", "ABC") == .string("3c01bdbb26f358bab27f267924aa2c9a03fcfdb8"))
        let sha256 = Value.string("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")
        #expect(try digest("sha2", "hello world", [.integer(256)]) == sha256)
        #expect(try digest("sha2", "hello world", [.integer(0)]) == sha256)
        #expect(try digest("sha2", "hello world", [.integer(384)])
            == .string("fdbd8e75a67f29f701a4e040385e2e23986303ea10239211af907fcbb83578b3e417cb71ce646efd0819dd8c088de1bd"))
        #expect(try digest("sha2", "hello world", [.integer(100)]) == .null)
    }

    @Test func crc32IsAnUnsignedBigint() throws {
        #expect(try digest("crc32", "hello world") == .long(222_957_957))
        #expect(try digest("crc32", "ABC") == .long(2_743_272_264))
        #expect(CRC32.checksum([]) == 0)
    }
}
