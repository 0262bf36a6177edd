import Testing
@testable import SparkbookTerminal

@Suite struct EntryAccumulatorTests {
    @Test func openBracketsStringsAndBackslashesNeedMore() {
        for start in ["x = (1,", "s = \"\"\"doc", "y = 1 + \\", "if True:"] {
            var acc = EntryAccumulator()
            #expect(acc.add(start) == .needsMore, "\(start)")
        }
    }

    @Test func aCompleteLineIsReadyAtOnce() {
        var acc = EntryAccumulator()
        #expect(acc.add("x = 1") == .ready([.init(text: "x = 1", firstLine: 1)]))
        #expect(!acc.isPending)
    }

    @Test func aSyntaxErrorIsReadyToReport() {
        var acc = EntryAccumulator()
        #expect(acc.add("x = = 1") == .ready([.init(text: "x = = 1", firstLine: 1)]))
    }

    @Test func aDedentedLineClosesTheBlockAndStartsAnEntry() {
        var acc = EntryAccumulator()
        #expect(acc.add("for i in l:") == .needsMore)
        #expect(acc.add("    print(i)") == .needsMore)
        #expect(acc.add("y = 2") == .ready([.init(text: "for i in l:\n    print(i)", firstLine: 1),
                                            .init(text: "y = 2", firstLine: 3)]))
    }

    @Test func elseContinuesTheBlock() {
        var acc = EntryAccumulator()
        _ = acc.add("if x:")
        _ = acc.add("    a = 1")
        #expect(acc.add("else:") == .needsMore)
        _ = acc.add("    a = 2")
        #expect(acc.add("") == .ready([.init(text: "if x:\n    a = 1\nelse:\n    a = 2", firstLine: 1)]))
    }

    @Test func finishHandsOverWhatIsPending() {
        var acc = EntryAccumulator()
        _ = acc.add("x")
        _ = acc.add("z = (1,")
        #expect(acc.finish() == .init(text: "z = (1,", firstLine: 2))
        #expect(acc.finish() == nil)
    }
}
