import Testing
@testable import SparkbookSyntax

/// Valid Python outside the subset must be reported as `unsupported`, at the keyword.
@Suite struct ParserUnsupportedTests {
    @Test(arguments: [
        ("def f(x):\n    return x", "`def` is not supported: Sparkbook's interpreter does not run Python functions or UDFs yet", 0),
        ("class C:\n    pass", "`class` is not supported yet: Sparkbook's interpreter does not run user-defined classes", 0),
        ("f = lambda x: x + 1", "`lambda` is not supported: Sparkbook's interpreter does not run Python functions or UDFs yet", 4),
        ("df.rdd.map(lambda r: r)", "`lambda` is not supported: Sparkbook's interpreter does not run Python functions or UDFs yet", 11),
        ("with open('f') as fh:\n    pass", "`with` is not supported in Sparkbook", 0),
        ("try:\n    x = 1\nexcept Exception:\n    pass", "`try` is not supported in Sparkbook; an error stops the cell", 0),
        ("async def f(): pass", "`async` is not supported in Sparkbook", 0),
        ("x = yield 1", "`yield` is not supported in Sparkbook", 4),
        ("x = await f()", "`await` is not supported in Sparkbook", 4),
        ("global counter", "`global` is not supported in Sparkbook", 0),
        ("@udf\ndef f(x): pass", "decorators (`@`) are not supported: Sparkbook's interpreter does not run Python functions or UDFs yet", 0),
        ("if (n := len(xs)) > 3:\n    pass", "the walrus operator `:=` is not supported in Sparkbook", 6),
        ("return 1", "`return` is not supported in Sparkbook: cells have no functions to return from", 0),
        ("raise ValueError('x')", "`raise` is not supported in Sparkbook", 0),
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
        #expect(Fixture.diagnostic("for x in xs:\n    def g(): pass")?.code == DiagnosticCode.unsupported)
    }
}
