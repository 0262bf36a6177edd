import Testing
@testable import SparkbookEngine

/// `colRegex`: a back-quoted pattern must match a whole column name, as Java's `Matcher.matches`.
@Suite struct ColumnRegexTests {
    @Test func backQuotedTextIsAPatternOverWholeNames() throws {
        #expect(ColumnRegex.pattern(ColumnRegex.expression("`(Col1)?+.+`")) == "(Col1)?+.+")
        #expect(ColumnRegex.expression("Col1") == .column("Col1"))
        #expect(try ColumnRegex.matches("(Col1)?+.+", in: ["Col1", "Col2", "Col10"]) == [1, 2])
        #expect(try ColumnRegex.matches("Col", in: ["Col1", "Col"]) == [1])
    }
}
