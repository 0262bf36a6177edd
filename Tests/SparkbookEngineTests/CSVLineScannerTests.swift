import Testing
@testable import SparkbookEngine

struct CSVLineScannerTests {
    func lines(_ text: String, split: Range<Int>? = nil) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { buffer in
            var scanner = CSVLineScanner(buffer, split: split)
            var out: [String] = []
            while let line = scanner.next() { out.append(String(decoding: buffer[line], as: UTF8.self)) }
            return out
        }
    }

    @Test func lineEndingsAndMissingFinalNewline() {
        #expect(lines("a\nb\r\nc") == ["a", "b", "c"])
        #expect(lines("a\n\nb\n") == ["a", "", "b"])
        #expect(lines("") == [])
    }

    @Test func everySplitPointReadsEachLineExactlyOnce() {
        let text = "one\ntwo\r\n\nthree\nfour"
        let count = text.utf8.count
        for first in 0...count {
            for second in first...count {
                let all = lines(text, split: 0..<first) + lines(text, split: first..<second)
                    + lines(text, split: second..<count)
                #expect(all == lines(text), "cuts at \(first), \(second)")
            }
        }
    }

    @Test func blankLinesAndLineNumbers() {
        let bytes = Array("a\n \t\nb\n".utf8)
        bytes.withUnsafeBytes { buffer in
            #expect(CSVLineScanner.isBlank(buffer, 2..<4))
            #expect(!CSVLineScanner.isBlank(buffer, 0..<1))
            #expect(CSVLineScanner.lineNumber(in: buffer, at: 5) == 3)
            #expect(CSVLineScanner.lineNumber(in: buffer, at: 0) == 1)
        }
    }
}
