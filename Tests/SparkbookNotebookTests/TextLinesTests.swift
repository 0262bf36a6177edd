import Testing
@testable import SparkbookNotebook

@Suite struct TextLinesTests {
    // Expected values are Python's "...".splitlines(True).
    @Test func splitsLikePythonSplitlinesKeepends() {
        #expect(TextLines.splitKeepingEnds("a\nb") == ["a\n", "b"])
        #expect(TextLines.splitKeepingEnds("a\n") == ["a\n"])
        #expect(TextLines.splitKeepingEnds("") == [])
        #expect(TextLines.splitKeepingEnds("\n\n") == ["\n", "\n"])
        #expect(TextLines.splitKeepingEnds("a\r\nb\rc\u{0C}d\u{2028}e") == ["a\r\n", "b\r", "c\u{0C}", "d\u{2028}", "e"])
    }

    @Test func newlineSplitDropsCarriageReturns() {
        #expect(TextLines.splitOnNewlines("a\r\nb\n") == ["a", "b", ""])
    }
}
