import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct JSONWriterTests {
    @Test func writesLikePythonJsonDumpsWithIndentOne() {
        let value: JSONValue = ["b": [1, 2.5], "a": ["x": "é"], "c": [], "d": .object([:])]
        let expected = "{\n \"a\": {\n  \"x\": \"é\"\n },\n \"b\": [\n  1,\n  2.5\n ],\n \"c\": [],\n \"d\": {}\n}"
        #expect(JSONWriter.nbformat.string(value) == expected)
    }

    @Test func sortsKeysByCodePoint() {
        let value: JSONValue = ["b": 1, "B": 2, "é": 3, "a": 4]
        #expect(JSONWriter(sortKeys: true).string(value) == #"{"B": 2, "a": 4, "b": 1, "é": 3}"#)
    }

    @Test func keepsStoredOrderWhenNotSorting() {
        let value: JSONValue = ["b": 1, "a": 2]
        #expect(JSONWriter().string(value) == #"{"b": 1, "a": 2}"#)
    }

    @Test func escapesOnlyWhatPythonEscapes() {
        let value = JSONValue.string("q\"b\\s/\n\r\t\u{08}\u{0C}\u{07}\u{7F}é\u{2028}")
        #expect(JSONWriter().string(value) == "\"q\\\"b\\\\s/\\n\\r\\t\\b\\f\\u0007\u{7F}é\u{2028}\"")
    }

    @Test func writesFloatsAsPythonRepr() {
        let value: JSONValue = [1.0, 0.1, 1e-05, 1e16, .double(.nan), .double(-.infinity)]
        #expect(JSONWriter().string(value) == "[1.0, 0.1, 1e-05, 1e+16, NaN, -Infinity]")
    }
}
