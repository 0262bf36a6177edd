import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct JSONParserTests {
    @Test func keepsKeyOrderAndNumberKinds() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 2.0, "m": [true, null, "x"], "e": 1e3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m", "e"])
        #expect(value["z"] == .int(1))
        #expect(value["a"] == .double(2.0))
        #expect(value["e"] == .double(1000))
        #expect(value["m"] == [true, nil, "x"])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#""a\"b\\c\n\u00e9\ud83d\ude80\/""#)
        #expect(value == .string("a\"b\\c\né🚀/"))
    }

    @Test func duplicateKeysKeepFirstPositionLastValue() throws {
        let value = try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(value.objectValue?.keys == ["a", "b"])
        #expect(value["a"] == .int(3))
    }

    @Test func acceptsPythonSpecialFloats() throws {
        let value = try JSONParser.parse("[NaN, Infinity, -Infinity]")
        let numbers = value.arrayValue?.compactMap(\.doubleValue) ?? []
        #expect(numbers.count == 3 && numbers[0].isNaN && numbers[1] == .infinity && numbers[2] == -.infinity)
    }

    @Test func reportsLineAndColumnOfErrors() {
        let text = "{\n  \"a\": 1,\n  \"b\" 2\n}"
        #expect(throws: JSONParseError(line: 3, column: 7, message: "expecting ':' after a property name")) {
            try JSONParser.parse(text)
        }
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(throws: JSONParseError(line: 1, column: 10, message: "expecting ',' or ']' in an array")) {
            try JSONParser.parse("[\"é✅\", 1 2]")
        }
    }

    @Test func rejectsTrailingGarbageAndRawControlCharacters() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse("{} x") }
        #expect(throws: JSONParseError.self) { try JSONParser.parse("\"a\u{01}\"") }
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[1,]") }
        #expect(throws: JSONParseError.self) { try JSONParser.parse("01") }
    }

    @Test func recordsTheLineOfEachTopLevelCell() throws {
        let text = "{\n \"cells\": [\n  {\"a\": {\"cells\": [{}]}},\n\n  {}\n ],\n \"x\": [{}]\n}"
        let (_, lines) = try JSONParser.parseNotebook(Data(text.utf8))
        #expect(lines == [3, 5])
    }

    @Test func leadingValueReturnsTheRest() {
        let parsed = JSONParser.parseLeadingValue(#"["a", "b"] rest"#)
        #expect(parsed?.value == ["a", "b"])
        #expect(parsed?.rest == " rest")
        #expect(JSONParser.parseLeadingValue("value") == nil)
    }
}

@Suite struct JSONBigIntegerTests {
    @Test func integersBeyondIntKeepTheirDigits() throws {
        let text = "[123456789012345678901234567890, -9223372036854775809]"
        let value = try JSONParser.parse(text)
        #expect(value == [.bigInt("123456789012345678901234567890"), .bigInt("-9223372036854775809")])
        #expect(JSONWriter().string(value) == text)
    }
}
