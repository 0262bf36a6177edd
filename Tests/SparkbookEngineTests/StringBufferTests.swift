import Testing
@testable import SparkbookEngine

/// Contiguous UTF-8 strings with offsets.
struct StringBufferTests {
    @Test func appendAndReadBack() {
        var buffer = StringBuffer()
        buffer.append("US")
        buffer.append("")
        buffer.append("東京")
        #expect(buffer.count == 3)
        #expect(buffer.offsets == [0, 2, 2, 8])
        #expect(buffer.string(at: 0) == "US")
        #expect(buffer.string(at: 1) == "")
        #expect(buffer.string(at: 2) == "東京")
        #expect(buffer.byteRange(2) == 2..<8)
    }

    @Test func emptySlotsTakeNoBytes() {
        var buffer = StringBuffer()
        buffer.append(bytes: [0x61, 0x62])
        buffer.appendEmpty()
        buffer.append("c")
        #expect(buffer.bytes == Array("abc".utf8))
        #expect(buffer.string(at: 2) == "c")
    }

    @Test func withBytesSeesOnlyTheRow() {
        var buffer = StringBuffer()
        buffer.append("first")
        buffer.append("second")
        #expect(buffer.withBytes(at: 1) { Array($0) } == Array("second".utf8))
    }

    @Test func equalityIsByContent() {
        var a = StringBuffer(), b = StringBuffer()
        a.append("x"); b.append("x")
        #expect(a == b)
        b.append("y")
        #expect(a != b)
        #expect(StringBuffer().count == 0)
    }

    @Test func gatheredCopiesRowsInOrderWithEmptySlotsForNegatives() {
        var buffer = StringBuffer()
        for s in ["id1", "", "東京", "id42"] { buffer.append(s) }
        let picked = buffer.gathered([3, 0, -1, 2, 3, 1] as [Int32])
        #expect(picked.count == 6)
        #expect((0..<6).map { picked.string(at: $0) } == ["id42", "id1", "", "東京", "id42", ""])
        #expect(picked.bytes == Array("id42id1東京id42".utf8))
        #expect(buffer.gathered([] as [Int]) == StringBuffer())
        #expect(StringBuffer().gathered([-1] as [Int]).offsets == [0, 0])
    }

    @Test func gatheredCopiesEveryLengthUpToTheBuffersEnd() {
        // Lengths on both sides of the word-at-a-time copy, the longest last so its bytes end the buffer.
        var buffer = StringBuffer()
        let values = (0...40).map { length in String((0..<length).map { Character(UnicodeScalar(97 + ($0 * 7 + length) % 26)!) }) }
        for value in values { buffer.append(value) }
        let rows = Array((0...40).reversed()) + [40, 3, 40]
        let picked = buffer.gathered(rows)
        #expect((0..<rows.count).map { picked.string(at: $0) } == rows.map { values[$0] })
    }
}
