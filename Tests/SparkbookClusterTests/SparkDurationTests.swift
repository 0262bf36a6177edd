import Testing
@testable import SparkbookCluster

struct SparkDurationTests {
    @Test("Spark's duration forms, read in milliseconds", arguments: [
        ("5s", Int64(5_000)), ("500ms", 500), ("2min", 120_000), ("2m", 120_000), ("1h", 3_600_000),
        ("1d", 86_400_000), ("1500us", 1), (" 7S ", 7_000), ("-1s", -1_000), ("250", 250),
    ])
    func parsesInMilliseconds(text: String, milliseconds: Int64) throws {
        #expect(try SparkDuration.duration(text, key: "k", unit: .milliseconds) == .milliseconds(milliseconds))
    }

    @Test("a bare number takes the key's unit")
    func bareNumber() throws {
        #expect(try SparkDuration.duration("30", key: "k", unit: .seconds) == .seconds(30))
        #expect(try SparkDuration.duration("30", key: "k", unit: .milliseconds) == .milliseconds(30))
    }

    @Test("reading in seconds truncates toward zero")
    func truncates() throws {
        #expect(try SparkDuration.parse("1500ms", key: "k", unit: .seconds) == 1)
        #expect(try SparkDuration.parse("500ms", key: "k", unit: .seconds) == 0)
        #expect(try SparkDuration.parse("-1500ms", key: "k", unit: .seconds) == -1)
        #expect(try SparkDuration.parse("2min", key: "k", unit: .minutes) == 2)
    }

    @Test("huge values saturate instead of wrapping")
    func saturates() throws {
        #expect(try SparkDuration.parse("9223372036854775807d", key: "k", unit: .milliseconds) == .max)
        #expect(SparkDuration.clockDuration(.max, unit: .seconds) == .infinite)
    }

    @Test("rejections name the key and the unit", arguments: ["5x", "1.5s", "", "s", "+5s", "5 s", "abc"])
    func rejects(text: String) {
        #expect(throws: ConfigError.typeMismatch(key: "spark.x", value: text, type: "time in SECONDS")) {
            try SparkDuration.parse(text, key: "spark.x", unit: .seconds)
        }
    }
}
