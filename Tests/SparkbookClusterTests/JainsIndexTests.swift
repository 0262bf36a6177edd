import SparkbookCluster
import Testing

@Suite struct JainsIndexTests {
    @Test func equalValuesGiveOneAndOneHoldingAllGivesOneOverN() throws {
        #expect(JainsIndex.of([0.4, 0.4, 0.4]) == 1)
        #expect(JainsIndex.of([1, 0, 0, 0]) == 0.25)
        // (1 + 0.5)² / (2 · (1 + 0.25)) = 0.9
        #expect(abs(try #require(JainsIndex.of([1, 0.5])) - 0.9) < 1e-12)
    }

    @Test func nothingToCompareHasNoIndex() {
        #expect(JainsIndex.of([]) == nil)
        #expect(JainsIndex.of([0, 0]) == nil)
    }
}
