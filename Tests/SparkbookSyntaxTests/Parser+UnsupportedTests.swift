import Testing
@testable import SparkbookSyntax

/// Valid Python outside the subset must be reported as `unsupported`, at the keyword.
@Suite struct ParserUnsupportedTests {
    @Test(arguments: [
        ("class C:\n    pass", "`class` is not supported yet: Sparkbook's interpreter does not run user-defined classes", 0),
        ("async def f(): pass", "`async` is not supported in Sparkbook", 0),
        ("x = yield 1", "`yield` is not supported in Sparkbook", 4),
        ("x = await f()", "`await` is not supported in Sparkbook", 4),
        ("if (n := len(xs)) > 3:\n    pass", "the walrus operator `:=` is not supported in Sparkbook", 6),
        ("c = a @ b", "the matrix multiplication operator `@` is not supported in Sparkbook", 6),
        ("x: int = 1", "variable annotations are not supported in Sparkbook", 1),
    ])
    func unsupportedConstruct(source: String, message: String, offset: Int) throws {
        let d = try #require(Fixture.diagnostic(source))
        #expect(d.code == DiagnosticCode.unsupported)
        #expect(d.message == message)
        #expect(d.span?.start == offset)
    }

    @Test func unsupportedInsideABlockIsStillReported() {
        #expect(Fixture.diagnostic("for x in xs:\n    class C: pass")?.code == DiagnosticCode.unsupported)
    }
}
