import Testing
@testable import SparkbookEngine

/// How the CSV and JSON writers spell dates and timestamps, by default and with `timestampFormat`/`dateFormat`.
struct RowTextEncodersTests {
    // 2024-01-05 10:15:00 UTC and 2021-03-15.
    static let timestamp = Value.timestamp(1_704_449_700_000_000)
    static let date = Value.date(18701)

    @Test func defaultsAreSparksISOForms() {
        let csv = CSVLineEncoder()
        #expect(csv.line([Self.timestamp, Self.date]) == "2024-01-05T10:15:00.000Z,2021-03-15")
    }

    @Test func patternsFromTheOptions() throws {
        let formats = try WriterDateFormats(timestampFormat: "dd.MM.yyyy HH:mm", dateFormat: "MM/dd/yyyy")
        #expect(CSVLineEncoder(formats: formats).line([Self.timestamp, Self.date, .null]) == "05.01.2024 10:15,03/15/2021,")
        let json = JSONLineEncoder(names: ["t", "d"], formats: formats)
        #expect(json.line([Self.timestamp, Self.date]) == #"{"t":"05.01.2024 10:15","d":"03/15/2021"}"#)
    }

    @Test func anIllegalPatternIsRejectedBeforeWriting() {
        #expect(throws: SparkError.self) { try WriterDateFormats(timestampFormat: "yyyy-MM-dd bb") }
    }

    @Test func jsonWritesArraysWithNullElements() {
        let encoder = JSONLineEncoder(names: ["k", "tags", "gone"])
        #expect(encoder.line([.string("a"), .array([.string("p"), .null, .string("q\"")]), .null])
                == #"{"k":"a","tags":["p",null,"q\""]}"#)
        #expect(encoder.line([.string("b"), .array([.long(1), .double(2.5)]), .null]) == #"{"k":"b","tags":[1,2.5]}"#)
    }

    /// Recorded from PySpark 4.3 (`write.json` and `to_json` of "a\x01b\x08c\x0cd\x1fe\"\\\n\t\r"): Jackson's escapes.
    @Test func jsonEscapesControlCharactersAsJacksonDoes() {
        let encoder = JSONLineEncoder(names: ["s"])
        #expect(encoder.line([.string("a\u{01}b\u{08}c\u{0C}d\u{1F}e\"\\\n\t\r")])
                == #"{"s":"a\u0001b\bc\fd\u001Fe\"\\\n\t\r"}"#)
    }
}
