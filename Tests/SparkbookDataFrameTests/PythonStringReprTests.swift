import Testing
import SparkbookDataFrame

/// Python quoting of str and bytes; expected values are CPython 3 outputs.
@Suite struct PythonStringReprTests {
    @Test func choosesQuotesLikePython() {
        #expect(PythonRepr.string("it's") == "\"it's\"")
        #expect(PythonRepr.string("a\"b") == "'a\"b'")
        #expect(PythonRepr.string("both ' \"") == "'both \\' \"'")
    }

    @Test func escapesNonPrintableCharacters() {
        let text = "tab\there\n\u{00}\u{7f}\u{a0}é日本\u{200b}😀\u{E0001}"
        #expect(PythonRepr.string(text) == "'tab\\there\\n\\x00\\x7f\\xa0é日本\\u200b😀\\U000e0001'")
        #expect(PythonRepr.string("back\\slash") == "'back\\\\slash'")
    }

    @Test func bytesRepr() {
        #expect(PythonRepr.bytes(Array("a'b".utf8) + [0x00, 0xFF, 0x5C]) == "b\"a'b\\x00\\xff\\\\\"")
        #expect(PythonRepr.bytes(Array("\"'".utf8)) == "b'\"\\''")
        #expect(PythonRepr.bytes(Array("ab".utf8)) == "b'ab'")
    }
}
