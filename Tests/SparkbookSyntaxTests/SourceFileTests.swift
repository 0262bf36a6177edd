import Testing
@testable import SparkbookSyntax

@Suite struct SourceFileTests {
    @Test func locationsAreOneBasedAndShiftedByFirstLine() {
        let file = SourceFile(path: "a.py", text: "ab\ncd\n", firstLine: 10)
        #expect(file.location(of: 0) == SourceLocation(line: 10, column: 1))
        #expect(file.location(of: 4) == SourceLocation(line: 11, column: 2))
        #expect(file.lineText(11) == "cd")
    }

    @Test func endOfTextAfterNewlineStaysOnLastLine() {
        let file = SourceFile(path: "a.py", text: "ab\ncd\n")
        #expect(file.location(of: 6) == SourceLocation(line: 2, column: 3))
    }

    @Test func textOfSpan() {
        let file = SourceFile(path: "a.py", text: "héllo world")
        #expect(file.text(of: SourceSpan(start: 0, end: 6)) == "héllo")
        #expect(file.utf8.count == 12)
    }

    @Test func lineTextStripsCarriageReturn() {
        let file = SourceFile(path: "a.py", text: "a = 1\r\nb = 2\r\n")
        #expect(file.lineText(1) == "a = 1")
        #expect(file.lineText(2) == "b = 2")
        #expect(file.lineText(99) == "")
    }
}
