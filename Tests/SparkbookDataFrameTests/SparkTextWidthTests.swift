import Testing
import SparkbookDataFrame

@Suite struct SparkTextWidthTests {
    @Test func fullWidthCharactersCountTwice() {
        #expect(SparkTextWidth.halfWidth("abc") == 3)
        #expect(SparkTextWidth.halfWidth("日本語") == 6)
        #expect(SparkTextWidth.halfWidth("서울") == 4)
        #expect(SparkTextWidth.halfWidth("ｈａｌｆ") == 8)
        #expect(SparkTextWidth.halfWidth("ﾊﾝｶｸ") == 4)  // half-width katakana: outside Spark's ranges
        #expect(SparkTextWidth.halfWidth("😀") == 2)     // a surrogate pair: Java length 2
    }

    @Test func escapesControlCharacters() {
        #expect(SparkTextWidth.escapeMetaCharacters("a\r\nb\tc\u{07}\u{08}\u{0B}\u{0C}") == "a\\r\\nb\\tc\\a\\b\\v\\f")
        #expect(SparkTextWidth.escapeMetaCharacters("plain") == "plain")
    }

    @Test func truncatesLikeSpark() {
        #expect(SparkTextWidth.truncate("The quick brown fox jumps", to: 20) == "The quick brown f...")
        #expect(SparkTextWidth.truncate("exactly twenty chars", to: 20) == "exactly twenty chars")
        #expect(SparkTextWidth.truncate("abcdef", to: 3) == "abc")
        #expect(SparkTextWidth.truncate("abcdef", to: 4) == "a...")
        #expect(SparkTextWidth.truncate("abcdef", to: 0) == "abcdef")
        #expect(SparkTextWidth.truncate("ab😀cd", to: 3) == "ab")
    }
}
