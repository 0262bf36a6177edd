import Testing
@testable import SparkbookSyntax

@Suite struct LexerStringsTests {
    private func string(_ text: String) -> StringLiteral? {
        if case .string(let literal) = Fixture.kinds(text).first { return literal }
        return nil
    }

    @Test func singleAndDoubleQuotes() {
        #expect(string(#"'it"s'"#) == .text("it\"s"))
        #expect(string(#""it's""#) == .text("it's"))
    }

    @Test func tripleQuotedSpansLines() {
        #expect(string("\"\"\"a\n'b'\n\"c\" \"\"\"") == .text("a\n'b'\n\"c\" "))
        #expect(string("'''x\r\ny'''") == .text("x\ny"))
    }

    @Test func escapes() {
        #expect(string(#""a\tb\n\\\"\x41\u00e9\U0001F600\101\q""#) == .text("a\tb\n\\\"Aé😀A\\q"))
        #expect(string("'a\\\nb'") == .text("ab"))
    }

    @Test func rawStringsKeepBackslashes() {
        #expect(string(#"r"\d+\.\d""#) == .text(#"\d+\.\d"#))
        #expect(string(#"R'\''"#) == .text(#"\'"#))
    }

    @Test func bytesLiterals() {
        #expect(string(#"b"a\x00""#) == .bytes([97, 0]))
        #expect(string(#"rb"\n""#) == .bytes([92, 110]))
        #expect(string(#"Br'x'"#) == .bytes([120]))
        #expect(Fixture.lex("b'é'").error?.message == "bytes can only contain ASCII literal characters")
    }

    @Test func prefixesThatAreNotPrefixesAreNames() {
        #expect(Fixture.kinds("rx'a'").prefix(2) == [.name("rx"), .string(.text("a"))])
        #expect(Fixture.kinds("u'a'") == [.string(.text("a")), .newline])
    }

    @Test func unterminatedSingleQuotedStringIsAnError() {
        let result = Fixture.lex("x = 'abc\ny = 1")
        #expect(!result.isIncomplete)
        #expect(result.error?.message == "unterminated string literal (detected at line 1)")
        #expect(result.error?.span == SourceSpan(start: 4, end: 8))
    }

    @Test func unterminatedTripleQuotedStringIsIncomplete() {
        let result = Fixture.lex("doc = \"\"\"first line\n")
        #expect(result.isIncomplete)
        #expect(result.error?.message == "unterminated triple-quoted string literal")
    }

    @Test func badEscapes() {
        #expect(Fixture.lex(#""\x4""#).error?.message == "truncated \\xhh escape")
        #expect(Fixture.lex(#""\N{DASH}""#).error?.code == DiagnosticCode.unsupported)
    }
}
