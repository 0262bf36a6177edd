import Testing
@testable import SparkbookEngine

struct CSVHeaderTests {
    @Test func duplicatesAndEmptiesGetIndexSuffixesLikeSpark() {
        #expect(CSVHeader.safeNames(["a", "b", "a", nil, "A", "b"], nullValue: "")
            == ["a0", "b1", "a2", "_c3", "A4", "b5"])
        #expect(CSVHeader.safeNames(["x", "NA", ""], nullValue: "NA") == ["x", "_c1", "_c2"])
        #expect(CSVHeader.safeNames(["a", "A"], nullValue: "", caseSensitive: true) == ["a", "A"])
        #expect(CSVHeader.positionalNames(count: 3) == ["_c0", "_c1", "_c2"])
    }
}
