import Testing
@testable import SparkbookSyntax

/// `def`, `lambda`, decorators, `return`, `global` and `nonlocal`.
@Suite struct ParserFunctionsTests {
    @Test func defWithEveryParameterKind() {
        #expect(Fixture.tree("def f(a, b=1, /, c=2, *args, k, m=3, **kw):\n    return a")
                == "(def f (a b=1 c=2 *args k m=3 **kw) (body (return a)))")
    }

    @Test func annotationsAndDocstringAreKept() throws {
        let program = try #require(Fixture.program("def f(x: int = 1) -> int:\n    \"\"\"Doubles.\"\"\"\n    return x * 2"))
        guard case .functionDefinition(let def) = program.statements[0].kind else { Issue.record("not a def"); return }
        #expect(def.docstring == "Doubles.")
        #expect(def.parameters.map(\.name) == ["x"])
    }

    @Test func decoratorsAreListedOutermostFirst() {
        #expect(Fixture.tree("@a\n@b(1)\ndef f(): pass") == "(@a @(call b 1) def f () (body (pass)))")
    }

    @Test func lambdaInACall() {
        #expect(Fixture.expr("F.transform('v', lambda x, i=0: x + i)")
                == "(call (attr F transform) \"v\" (lambda (x i=0) (+ x i)))")
        #expect(Fixture.expr("lambda: 1") == "(lambda () 1)")
    }

    @Test func scopeDeclarations() {
        #expect(Fixture.tree("def f():\n    global a, b\n    def g():\n        nonlocal c\n")
                == "(def f () (body (global a b) (def g () (body (nonlocal c)))))")
    }

    @Test(arguments: [
        ("return 1", "'return' outside function"),
        ("nonlocal x", "nonlocal declaration not allowed at module level"),
        ("def f(a=1, b): pass", "parameter without a default follows parameter with a default"),
        ("def f(a, a): pass", "duplicate argument 'a' in function definition"),
        ("for x in xs:\n    def g():\n        break", "'break' outside loop"),
    ])
    func pythonsSyntaxErrors(source: String, message: String) {
        #expect(Fixture.diagnostic(source)?.message == message)
    }

    @Test func aDefHeaderAtTheEndIsIncomplete() {
        #expect(Fixture.isIncomplete("def f(x):"))
    }
}
