import Testing
@testable import SparkbookEngine

struct CSVTokenizerTests {
    /// Tokenizes one line and returns its fields (`nil` for missing ones, `""` for quoted-empty ones).
    func fields(_ line: String, _ options: [String: String] = [:], limit: Int = .max) throws -> [String?] {
        var tokenizer = CSVTokenizer(options: try CSVOptions(options))
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBytes { buffer in
            tokenizer.tokenize(buffer, 0..<buffer.count, limit: limit)
            return (0..<tokenizer.fields.count).map { tokenizer.string(of: $0, in: buffer) }
        }
    }

    @Test func plainAndEmptyFields() throws {
        #expect(try fields("a,b,c") == ["a", "b", "c"])
        #expect(try fields("a,,c,") == ["a", nil, "c", nil])
        #expect(try fields("") == [nil])
        #expect(try fields(",") == [nil, nil])
    }

    @Test func quotedFieldsKeepDelimitersAndQuotedEmptyIsNotMissing() throws {
        #expect(try fields("1,\"US, East\",x") == ["1", "US, East", "x"])
        #expect(try fields("\"\",b") == ["", "b"])
    }

    @Test func backslashEscapesAQuoteByDefault() throws {
        #expect(try fields("1,\"with \\\"escaped\\\" quotes\",2") == ["1", "with \"escaped\" quotes", "2"])
        #expect(try fields("plain\\text") == ["plain\\text"])
    }

    @Test func doubledQuotesNeedEscapeSetToQuote() throws {
        // Spark's default escape is `\`, so RFC 4180's `""` leaves the field raw up to the next delimiter.
        #expect(try fields("\"The \"\"big\"\" one\",d") == ["\"The \"\"big\"\" one\"", "d"])
        #expect(try fields("\"The \"\"big\"\" one\",d", ["escape": "\""]) == ["The \"big\" one", "d"])
    }

    @Test func unclosedQuoteTakesTheRestOfTheLine() throws {
        #expect(try fields("2,\"open quote never closed,2") == ["2", "open quote never closed,2"])
    }

    @Test func otherDelimitersWhitespaceOptionsAndLimits() throws {
        #expect(try fields("a\tb", ["sep": "\\t"]) == ["a", "b"])
        #expect(try fields("a; b ;c", ["delimiter": ";", "ignoreLeadingWhiteSpace": "true",
                                        "ignoreTrailingWhiteSpace": "true"]) == ["a", "b", "c"])
        #expect(try fields(" a , b") == [" a ", " b"])
        #expect(try fields("a,b,c,d", limit: 2) == ["a", "b"])
    }

    @Test func quoteCanBeSwitchedOff() throws {
        #expect(try fields("\"a,b\"", ["quote": ""]) == ["\"a", "b\""])
    }
}
