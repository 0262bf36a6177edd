import Testing
@testable import SparkbookCluster

struct SparkSizeTests {
    @Test("Spark's size forms in bytes", arguments: [
        ("128m", Int64(134_217_728)), ("1g", 1_073_741_824), ("512k", 524_288), ("100b", 100), ("2gb", 2_147_483_648),
        ("1kib", 1024), ("1t", 1_099_511_627_776), ("64", 67_108_864), (" 1G ", 1_073_741_824),
    ])
    func bytes(text: String, bytes: Int64) throws {
        // A bare number is in the key's default unit: MiB here (like spark.executor.memory).
        #expect(try SparkSize.bytes(text, key: "spark.executor.memory", defaultUnit: .mebibyte) == bytes)
    }

    @Test("conversion into a larger unit truncates")
    func truncates() throws {
        #expect(try SparkSize.parse("512k", key: "k", unit: .mebibyte) == 0)
        #expect(try SparkSize.parse("1536k", key: "k", unit: .mebibyte) == 1)
    }

    @Test("fractions, negatives and unknown suffixes are rejected with the key", arguments: ["1.5g", "-1m", "12q", "m", ""])
    func rejects(text: String) {
        #expect(throws: ConfigError.typeMismatch(key: "spark.executor.memory", value: text, type: "bytes in MiB")) {
            try SparkSize.parse(text, key: "spark.executor.memory", unit: .mebibyte)
        }
    }

    @Test("sizes beyond 64 bits are rejected")
    func overflow() {
        #expect(throws: ConfigError.self) { try SparkSize.parse("9999999p", key: "k", unit: .byte) }
    }
}
