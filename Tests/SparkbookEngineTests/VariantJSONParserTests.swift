import Testing
@testable import SparkbookEngine

@Suite struct VariantJSONParserTests {
    /// `parse_json('{"a":1,"b":[true,"x"]}')` as PySpark 4.3 collects it: `VariantVal(value, metadata)`.
    @Test func encodesAsSpark() throws {
        let v = try VariantJSONParser.parse(#"{"a":1,"b":[true,"x"]}"#)
        #expect(v.value == [0x02, 0x02, 0x00, 0x01, 0x00, 0x02, 0x0a, 0x0c, 0x01, 0x03, 0x02, 0x00, 0x01, 0x03, 0x04, 0x05, 0x78])
        #expect(v.metadata == [0x01, 0x02, 0x00, 0x01, 0x02, 0x61, 0x62])
        let s = try VariantJSONParser.parse(#""str""#)
        #expect(s.value == [0x0d, 0x73, 0x74, 0x72])
        #expect(s.metadata == [0x01, 0x00, 0x00])
        #expect(try VariantJSONParser.parse("null").value == [0x00])
    }

    @Test func numbersTakeSparksTypes() throws {
        #expect(try VariantJSONParser.parse("1").value == [0x0c, 0x01])
        #expect(try VariantJSONParser.parse("300").value == [0x10, 0x2c, 0x01])
        #expect(try VariantJSONParser.parse("1.50").kind == .decimal)
        #expect(try VariantJSONParser.parse("-3e2").double == -300)
        #expect(try VariantJSONParser.parse("12345678901234567890123").kind == .decimal)
    }

    @Test func rejectsMalformedJSONAndDuplicateKeys() {
        #expect(throws: VariantJSONParser.Malformed.self) { try VariantJSONParser.parse("{abc") }
        #expect(throws: VariantJSONParser.Malformed.self) { try VariantJSONParser.parse("01") }
        #expect(throws: VariantJSONParser.Malformed.self) { try VariantJSONParser.parse("[1] 2") }
        #expect(throws: SparkError.self) { try VariantJSONParser.parse(#"{"a":1,"a":2}"#) }
    }
}
