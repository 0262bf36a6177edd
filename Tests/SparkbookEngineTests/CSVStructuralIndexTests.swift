import Testing
@testable import SparkbookEngine

/// The structural index lists every delimiter and line end of a chunk, in order, with line ends flagged.
struct CSVStructuralIndexTests {
    static func entries(_ text: String, from start: Int = 0, quote: UInt8? = 0x22) -> (offsets: [Int], newlines: [Bool], quoted: Bool) {
        let bytes = Array(text.utf8)
        let index = CSVStructuralIndex(delimiter: 0x2C)
        bytes.withUnsafeBytes { index.build($0, from: start, quote: quote) }
        let raw = (0..<index.count).map { index.entries[$0] }
        return (raw.map { index.chunkStart + Int($0 & ~CSVStructuralIndex.newlineFlag) },
                raw.map { $0 & CSVStructuralIndex.newlineFlag != 0 }, index.hasQuote)
    }

    @Test func delimitersAndLineEndsInOrderWithTheBufferEndAsALastLineEnd() {
        let text = "a,bb,ccc\n1,22,333333333\nx"
        let (offsets, newlines, quoted) = Self.entries(text)
        #expect(offsets == [1, 4, 8, 10, 13, 23, 25])
        #expect(newlines == [false, false, true, false, false, true, true])
        #expect(!quoted)
    }

    @Test func aBufferEndingInANewlineStillGetsTheEndEntry() {
        let (offsets, newlines, _) = Self.entries("k,v\n")
        #expect(offsets == [1, 3, 4])
        #expect(newlines == [false, true, true])
    }

    @Test func offsetsCountFromTheChunkStartAndEveryByteValueIsSafe() {
        // Bytes next to the delimiter and newline values (and above 0x80) must not match.
        var text = "\u{2B}\u{2D}\u{09}\u{0B}é,\u{7F}\n"
        text = "skip\n" + text + String(repeating: "z", count: 20)
        let (offsets, newlines, _) = Self.entries(text, from: 5)
        #expect(offsets == [11, 13, text.utf8.count])
        #expect(newlines == [false, true, true])
    }

    @Test func quotesAreNoticedOnlyWhenAsked() {
        #expect(Self.entries("a,\"b\"\n").quoted)
        #expect(!Self.entries("a,\"b\"\n", quote: nil).quoted)
    }

    @Test func aChunkShortOfTheBufferEndHasNoEndEntry() {
        let line = String(repeating: "a,", count: 40) + "\n"
        let text = String(repeating: line, count: CSVStructuralIndex.chunkBytes / line.utf8.count + 2)
        let (offsets, newlines, _) = Self.entries(text)
        #expect(offsets.last! < CSVStructuralIndex.chunkBytes)
        #expect(offsets.count == newlines.count)
        #expect(offsets == offsets.sorted())
        let expected = text.utf8.enumerated().filter { $0.offset < CSVStructuralIndex.chunkBytes / 8 * 8
            && ($0.element == 0x2C || $0.element == 0x0A) }.map(\.offset)
        #expect(offsets == expected)
    }
}
