import Testing
@testable import SparkbookSyntax

/// Which inputs the REPL should continue rather than run or reject.
@Suite struct ParseOutcomeTests {
    @Test(arguments: [
        "spark = (\n    SparkSession.builder",
        "df.groupBy(\"country\",",
        "x = [1, 2,\n",
        "doc = '''starts here",
        "x = 1 + \\",
        "if x > 1:",
        "for x in xs:\n",
        "if a:\n    if b:\n",
        "if a:\n    pass\nelse:",
        "d = {'a':",
    ])
    func incompleteInputs(source: String) {
        #expect(Fixture.isIncomplete(source))
    }

    @Test(arguments: ["x = 1 +", "x = 'abc", "f(1]", "if x\n", ")"])
    func brokenInputsAreFailuresNotIncomplete(source: String) {
        let outcome = Parser.parse(Fixture.file(source))
        guard case .failure = outcome else {
            Issue.record("expected failure for \(source), got \(outcome)")
            return
        }
    }

    @Test func incompleteCarriesAReadableDiagnostic() throws {
        let outcome = Parser.parse(Fixture.file("if x > 1:"))
        guard case .incomplete(let d) = outcome else {
            Issue.record("expected incomplete")
            return
        }
        #expect(d.code == DiagnosticCode.incomplete)
        #expect(d.message == "expected an indented block after 'if' on line 1")
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.program == nil)
    }

    @Test func syntaxErrorBeforeAnOpenBracketWins() {
        #expect(Fixture.diagnostic("x = = 1\ny = (")?.code == DiagnosticCode.syntax)
    }
}
