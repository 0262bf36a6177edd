import Testing
@testable import SparkbookTerminal

/// Explanations longer than a screen are cut into pages that fit it, preferably at a blank line.
@Suite struct WalkPagerTests {
    @Test func noPageIsTallerThanTheScreen() {
        let text = (1...50).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let pages = WalkPager(height: 12).pages(text)
        #expect(pages.allSatisfy { $0.split(separator: "\n", omittingEmptySubsequences: false).count - 1 <= 10 })
        #expect(pages.joined() == text)
        #expect(pages.count == 5)
    }

    @Test func pagesBreakAtABlankLineNearTheEnd() {
        let text = "a\nb\nc\nd\n\ne\nf\ng\nh\n"
        let pages = WalkPager(height: 8).pages(text)
        #expect(pages == ["a\nb\nc\nd\n\n", "e\nf\ng\nh\n"])
    }

    @Test func shortTextIsOnePage() {
        #expect(WalkPager(height: 40).pages("one\ntwo\n") == ["one\ntwo\n"])
    }
}
