import Testing
@testable import SparkbookSyntax

@Suite struct SourceSpanTests {
    @Test func mergeAndContain() {
        let a = SourceSpan(start: 2, end: 5)
        let b = SourceSpan(start: 4, end: 9)
        #expect(a.merged(with: b) == SourceSpan(start: 2, end: 9))
        #expect(a.contains(2) && !a.contains(5))
        #expect(SourceSpan.point(3).length == 0)
        #expect(a.description == "2..<5")
    }
}
