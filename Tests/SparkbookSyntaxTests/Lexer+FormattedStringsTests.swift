import Testing
@testable import SparkbookSyntax

@Suite struct LexerFormattedStringsTests {
    private func segments(_ text: String) -> [FormattedStringSegment]? {
        if case .string(.formatted(let segments)) = Fixture.kinds(text).first { return segments }
        return nil
    }

    private func field(_ text: String) -> FormattedStringReplacement? {
        segments(text)?.compactMap { if case .replacement(let r) = $0 { r } else { nil } }.first
    }

    @Test func literalAndFieldPieces() throws {
        let parts = try #require(segments(#"f"rows: {n} done""#))
        #expect(parts.count == 3)
        #expect(parts[0] == .literal("rows: "))
        #expect(parts[2] == .literal(" done"))
        let replacement = try #require(field(#"f"rows: {n} done""#))
        #expect(replacement.expressionSpan == SourceSpan(start: 9, end: 10))
        #expect(replacement.span == SourceSpan(start: 8, end: 11))
    }

    @Test func conversionAndFormatSpecAreKept() throws {
        let replacement = try #require(field(#"f"{x!r:>10}""#))
        #expect(replacement.conversion == "r")
        #expect(replacement.formatSpec == ">10")
        #expect(field(#"f"{total:,.2f}""#)?.formatSpec == ",.2f")
        #expect(field(#"f"{x:{width}}""#)?.formatSpec == "{width}")
    }

    @Test func doubledBracesAreLiteral() {
        #expect(segments(#"f"{{literal}}""#) == [.literal("{literal}")])
    }

    @Test func debugForm() throws {
        let replacement = try #require(field(#"f"{count = }""#))
        #expect(replacement.debugText == "count = ")
        #expect(replacement.conversion == "r")
        #expect(segments(#"f"{count = }""#)?.first == .literal("count = "))
    }

    @Test func nestedQuotesAndBracketsInsideFields() throws {
        let replacement = try #require(field(#"f"{d['a:b']}""#))
        #expect(replacement.formatSpec == nil)
        #expect(replacement.expressionSpan.length == 8)
        #expect(field(#"f"{a != b}""#)?.conversion == nil)
    }

    @Test func fieldErrors() {
        #expect(Fixture.lex(#"f"{}""#).error?.message == "f-string: empty expression not allowed")
        #expect(Fixture.lex(#"f"a } b""#).error?.message == "f-string: single '}' is not allowed")
        #expect(Fixture.lex(#"f"{x""#).error?.message == "f-string: expecting '}'")
        #expect(Fixture.lex(#"f"{x!z}""#).error?.message == "f-string: invalid conversion character: expected 's', 'r', or 'a'")
    }
}
