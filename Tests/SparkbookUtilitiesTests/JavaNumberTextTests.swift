import Foundation
import Testing
import SparkbookUtilities

/// Java's Double.toString / Float.toString, checked against tables recorded from real JVMs by
/// tools/pyspark/RecordJavaNumberText.java (JDK 25 = the JDK 19+ shortest-digits spec; JDK 17 differs on a few).
@Suite struct JavaNumberTextTests {
    struct Entry: Decodable {
        let kind: String
        let bits: String
        let text: String
    }

    struct Table: Decodable {
        let java: String
        let values: [Entry]
    }

    static func table(_ name: String) throws -> Table {
        let url = Bundle.module.url(forResource: "Golden", withExtension: nil)!
            .appendingPathComponent("java").appendingPathComponent(name)
        return try JSONDecoder().decode(Table.self, from: Data(contentsOf: url))
    }

    static func format(_ entry: Entry) -> String {
        if entry.kind == "float" {
            return JavaNumberText.float(Float(bitPattern: UInt32(entry.bits, radix: 16)!))
        }
        return JavaNumberText.double(Double(bitPattern: UInt64(entry.bits, radix: 16)!))
    }

    @Test func matchesModernJDK() throws {
        let table = try Self.table("number_text_jdk25.json")
        #expect(table.values.count >= 80)
        for entry in table.values {
            #expect(Self.format(entry) == entry.text, "bits \(entry.bits)")
        }
    }

    /// JDK 17 (what Spark on Java 17 prints) agrees except for its known non-shortest outputs.
    @Test func matchesJDK17ExceptKnownAnomalies() throws {
        let known: Set<String> = ["44b52d02c7e14af6", "44c52d02c7e14af6", "0000000000000002", "447c7e83209e90b2",
                                  "438f67ea69ed3795", "45300c520a43f0af", "00800000"]
        let table = try Self.table("number_text_jdk17.json")
        for entry in table.values {
            let same = Self.format(entry) == entry.text
            #expect(same != known.contains(entry.bits), "bits \(entry.bits): \(Self.format(entry)) vs \(entry.text)")
        }
    }

    @Test func layoutSwitchesToScientificAtTenMillionAndBelowOneThousandth() {
        #expect(JavaNumberText.double(9_999_999.0) == "9999999.0")
        #expect(JavaNumberText.double(10_000_000.0) == "1.0E7")
        #expect(JavaNumberText.double(0.001) == "0.001")
        #expect(JavaNumberText.double(0.000999) == "9.99E-4")
        #expect(JavaNumberText.double(-12_537_826.89) == "-1.253782689E7")
        #expect(JavaNumberText.float(0.1) == "0.1")
    }

    @Test func javaLayout() {
        #expect(JavaNumberText.double(85000.5) == "85000.5")
        #expect(JavaNumberText.double(1.0) == "1.0")
        #expect(JavaNumberText.double(1e7) == "1.0E7")
        #expect(JavaNumberText.double(0.0001) == "1.0E-4")
        #expect(JavaNumberText.double(0.001) == "0.001")
        #expect(JavaNumberText.double(-12345678.9) == "-1.23456789E7")
    }
}
