import Testing
@testable import SparkbookSyntax

@Suite struct LineTableTests {
    @Test func recordsLineStarts() {
        let table = LineTable(utf8: Array("a\nbc\n\nd".utf8))
        #expect(table.lineStarts == [0, 2, 5, 6])
        #expect(table.lineCount == 4)
        #expect(table.byteCount == 7)
    }

    @Test func lineIndexByBinarySearch() {
        let table = LineTable(utf8: Array("a\nbc\n\nd".utf8))
        #expect(table.lineIndex(containing: 0) == 0)
        #expect(table.lineIndex(containing: 1) == 0)
        #expect(table.lineIndex(containing: 2) == 1)
        #expect(table.lineIndex(containing: 5) == 2)
        #expect(table.lineIndex(containing: 6) == 3)
        #expect(table.lineIndex(containing: 100) == 3)
    }

    @Test func columnsCountCharacters() {
        let bytes = Array("x = \"日本\" + y".utf8)
        let table = LineTable(utf8: bytes)
        let plusOffset = bytes.firstIndex(of: UInt8(ascii: "+"))!
        #expect(table.position(of: plusOffset, in: bytes).column == 10)
    }
}
