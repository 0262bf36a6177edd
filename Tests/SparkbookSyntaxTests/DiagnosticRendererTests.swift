import Testing
@testable import SparkbookSyntax

/// Exact rendered text: header, source line, caret, help.
@Suite struct DiagnosticRendererTests {
    @Test func notebookCellHeaderWithCaretAndHelp() {
        let text = "agg = (\n    df\n    .groupBy(\"country\",, \"device\")\n)"
        #expect(Fixture.render(text, cell: 3, path: "notebooks/x.ipynb") == """
            notebooks/x.ipynb:3:3:24: error: expected ')' to close '(' opened at 3:13
                .groupBy("country",, "device")
                                   ^
            help: remove the extra ','
            """)
    }

    @Test func scriptHeaderHasNoCell() {
        #expect(Fixture.render("x = (1,, 2)") == """
            cell.py:1:8: error: expected ')' to close '(' opened at 1:5
            x = (1,, 2)
                   ^
            help: remove the extra ','
            """)
    }

    @Test func tildesUnderlineTheRestOfTheSpan() {
        #expect(Fixture.render("spark.conf = yield 1") == """
            cell.py:1:14: error: `yield` is not supported in Sparkbook
            spark.conf = yield 1
                         ^~~~~
            """)
    }

    @Test func unterminatedStringUnderlinesToLineEnd() {
        #expect(Fixture.render("name = 'events\nx = 1") == """
            cell.py:1:8: error: unterminated string literal (detected at line 1)
            name = 'events
                   ^~~~~~~
            help: close the string with ' on the same line, or use a triple-quoted string
            """)
    }

    @Test func unexpectedIndent() {
        #expect(Fixture.render("x = 1\n  y = 2") == """
            cell.py:2:3: error: unexpected indent
              y = 2
              ^
            help: remove the extra indentation; only the body of 'if', 'for' or 'while' is indented
            """)
    }

    @Test func firstLineOffsetsLineNumbers() {
        let source = SourceFile(path: "job.py", text: "x = 1 +\n", firstLine: 40)
        let d = Parser.parse(source).diagnostics[0]
        #expect(DiagnosticRenderer.render(d, in: source, color: false) == """
            job.py:40:8: error: invalid syntax: expected an expression before the end of the line
            x = 1 +
                   ^
            """)
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(Fixture.render("café = (1 2)").hasPrefix("cell.py:1:11: error:"))
    }

    @Test func tabsAreKeptInTheCaretLine() {
        let source = SourceFile(path: "t.py", text: "\tx = $")
        let d = Diagnostic(code: "syntax", message: "bad", span: SourceSpan(start: 5, end: 6))
        #expect(DiagnosticRenderer.render(d, in: source, color: false) == "t.py:1:6: error: bad\n\tx = $\n\t    ^")
    }

    @Test func colorWrapsSeverityInBoldRed() {
        let source = SourceFile(path: "t.py", text: "x")
        let d = Diagnostic(code: "runtime", message: "boom", span: SourceSpan(start: 0, end: 1))
        let colored = DiagnosticRenderer.render(d, in: source, color: true)
        #expect(colored.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(!DiagnosticRenderer.render(d, in: source, color: false).contains("\u{1B}"))
    }

    @Test func runtimeDiagnosticsWithNotesAndNoSpan() {
        let source = SourceFile(path: "nb.ipynb", cell: 2, text: "df.select('amout')")
        let located = Diagnostic(
            code: "UNRESOLVED_COLUMN", message: "cannot resolve column `amout`",
            span: SourceSpan(start: 10, end: 17), suggestion: "did you mean `amount`?",
            notes: [DiagnosticNote("available columns: amount, country")])
        #expect(DiagnosticRenderer.render(located, in: source, color: false) == """
            nb.ipynb:2:1:11: error: cannot resolve column `amout`
            df.select('amout')
                      ^~~~~~~
            note: available columns: amount, country
            help: did you mean `amount`?
            """)
        let unlocated = Diagnostic(code: "io", message: "file not found", span: nil, severity: .warning)
        #expect(DiagnosticRenderer.render(unlocated, in: source, color: false) == "nb.ipynb:2: warning: file not found")
    }

    @Test func incompleteInputPointsAtTheEnd() {
        #expect(Fixture.render("spark = (\n    SparkSession.builder\n") == """
            cell.py:2:25: error: expected ')' to close '(' opened at 1:9
                SparkSession.builder
                                    ^
            note: '(' opened here (at 1:9)
            """)
    }
}
