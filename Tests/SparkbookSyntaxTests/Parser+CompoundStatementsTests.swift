import Testing
@testable import SparkbookSyntax

/// `if`/`elif`/`else`, `for` and `while` blocks.
@Suite struct ParserCompoundStatementsTests {
    @Test func ifElifElse() {
        let source = """
            if n > 10:
                size = "big"
            elif n > 5:
                size = "medium"
            else:
                size = "small"
            """
        #expect(Fixture.tree(source)
                == #"(if (compare n > 10) (body (= size "big")) elif (compare n > 5) (body (= size "medium")) (else (= size "small")))"#)
    }

    @Test func forLoopWithNestedIfAndElse() {
        let source = """
            for name, value in settings.items():
                if value is None:
                    continue
                builder = builder.config(name, value)
            else:
                done = True
            """
        #expect(Fixture.tree(source) == """
            (for (tuple name value) (call (attr settings items)) (body (if (compare value is None) (body (continue))) \
            (= builder (call (attr builder config) name value))) (else (= done True)))
            """)
    }

    @Test func whileLoop() {
        #expect(Fixture.tree("while n > 0:\n    n -= 1\n    if n == 3: break")
                == "(while (compare n > 0) (body (-= n 1) (if (compare n == 3) (body (break)))))")
    }

    @Test func singleLineBody() {
        #expect(Fixture.tree("if x: a = 1; b = 2") == "(if x (body (= a 1) (= b 2)))")
    }

    @Test func statementAfterBlockDedents() {
        #expect(Fixture.tree("for x in xs:\n    print(x)\n\nprint('done')")
                == "(for x xs (body (expr (call print x))))\n(expr (call print \"done\"))")
    }

    @Test func missingColon() throws {
        let d = try #require(Fixture.diagnostic("if x\n    pass"))
        #expect(d.message == "expected ':' after 'if' header")
        #expect(d.span == SourceSpan(start: 4, end: 5))
    }

    @Test func missingIndentedBlock() throws {
        let d = try #require(Fixture.diagnostic("for x in xs:\nprint(x)"))
        #expect(d.code == DiagnosticCode.indentation)
        #expect(d.message == "expected an indented block after 'for' on line 1")
    }

    @Test func forNeedsIn() {
        #expect(Fixture.diagnostic("for x of xs:\n    pass")?.message == "expected 'in' after the target of 'for'")
    }
}
