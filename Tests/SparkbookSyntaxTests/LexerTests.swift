import Testing
@testable import SparkbookSyntax

/// Names, punctuation, comments, line joining and indentation.
@Suite struct LexerTests {
    @Test func namesKeywordsAndPunctuation() {
        #expect(Fixture.kinds("x = not y") == [
            .name("x"), .punctuator(.equal), .keyword(.not), .name("y"), .newline,
        ])
    }

    @Test func maximalMunchOperators() {
        let kinds = Fixture.kinds("a **= b // c != d <<= e -> f ... g := h")
        let punctuators = kinds.compactMap { if case .punctuator(let p) = $0 { p } else { nil } }
        #expect(punctuators == [.doubleStarEqual, .doubleSlash, .notEqual, .leftShiftEqual, .arrow, .ellipsis, .walrus])
    }

    @Test func commentsProduceNoTokens() {
        #expect(Fixture.kinds("x = 1  # set x\n# whole line\n") == [
            .name("x"), .punctuator(.equal), .integer(1), .newline,
        ])
    }

    @Test func newlinesInsideBracketsAreJoined() {
        let kinds = Fixture.kinds("f(\n  1,  # one\n\n  2\n)\n")
        #expect(kinds == [
            .name("f"), .punctuator(.leftParen), .integer(1), .punctuator(.comma), .integer(2),
            .punctuator(.rightParen), .newline,
        ])
    }

    @Test func backslashContinuationJoinsLines() {
        #expect(Fixture.kinds("x = 1 + \\\n    2\n") == [
            .name("x"), .punctuator(.equal), .integer(1), .punctuator(.plus), .integer(2), .newline,
        ])
    }

    @Test func trailingBackslashIsIncomplete() {
        let result = Fixture.lex("x = 1 + \\\n")
        #expect(result.isIncomplete)
        #expect(result.error?.code == DiagnosticCode.incomplete)
    }

    @Test func indentAndDedent() {
        let kinds = Fixture.kinds("if a:\n    b\n    if c:\n        d\ne\n")
        #expect(kinds == [
            .keyword(.if), .name("a"), .punctuator(.colon), .newline,
            .indent, .name("b"), .newline,
            .keyword(.if), .name("c"), .punctuator(.colon), .newline,
            .indent, .name("d"), .newline,
            .dedent, .dedent, .name("e"), .newline,
        ])
    }

    @Test func blankAndCommentLinesDoNotAffectIndentation() {
        let kinds = Fixture.kinds("for x in y:\n\n  # note at another depth\n    z\n")
        #expect(kinds.filter { $0 == .indent || $0 == .dedent }.count == 2)
    }

    @Test func dedentsAreClosedAtEndOfInput() {
        let result = Fixture.lex("if a:\n    b")
        #expect(result.tokens.map(\.kind).suffix(3) == [.newline, .dedent, .endOfFile])
        #expect(result.endsInsideBlock)
    }

    @Test func inconsistentDedentIsAnError() {
        let result = Fixture.lex("if a:\n    b\n  c\n")
        #expect(result.error?.code == DiagnosticCode.indentation)
        #expect(result.error?.message == "unindent does not match any outer indentation level")
    }

    @Test func unclosedBracketIsIncomplete() {
        let result = Fixture.lex("spark = (\n  SparkSession.builder\n")
        #expect(result.isIncomplete)
        #expect(result.error?.message == "expected ')' to close '(' opened at 1:9")
    }

    @Test func mismatchedBracketIsAnError() {
        let result = Fixture.lex("f(1]")
        #expect(!result.isIncomplete)
        #expect(result.error?.message == "closing ']' does not match '(' opened at 1:2")
    }

    @Test func tokenSpansAreByteOffsets() {
        let tokens = Fixture.lex("é = 10").tokens
        #expect(tokens[0].kind == .name("é"))
        #expect(tokens[0].span == SourceSpan(start: 0, end: 2))
        #expect(tokens[2].span == SourceSpan(start: 5, end: 7))
    }

    @Test func invalidCharactersAreReported() {
        #expect(Fixture.lex("x = $y").error?.message == "invalid character '$'")
        let curly = Fixture.lex("x = \u{201C}a\u{201D}").error
        #expect(curly?.message == "invalid character '\u{201C}' (U+201C)")
        #expect(curly?.suggestion == "use a straight double quote '\"'")
    }

    @Test func crlfLineEndings() {
        #expect(Fixture.kinds("a = 1\r\nb = 2\r\n") == [
            .name("a"), .punctuator(.equal), .integer(1), .newline,
            .name("b"), .punctuator(.equal), .integer(2), .newline,
        ])
    }
}
