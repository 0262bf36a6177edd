import Testing
@testable import SparkbookSyntax

/// What may appear on the left of `=` or after `for`.
@Suite struct ParserTargetsTests {
    @Test(arguments: [
        ("f() = 1", "cannot assign to function call"),
        ("1 = x", "cannot assign to literal"),
        ("None = 1", "cannot assign to None"),
        ("a + b = 1", "cannot assign to expression"),
        ("(a, f()) = 1, 2", "cannot assign to function call"),
        ("a, *b, *c = xs", "multiple starred expressions in assignment"),
        ("x == 1 = y", "cannot assign to comparison"),
    ])
    func invalidTargets(source: String, message: String) {
        #expect(Fixture.diagnostic(source)?.message == message)
    }

    @Test func assignmentToCallSuggestsComparison() {
        #expect(Fixture.diagnostic("f() = 1")?.suggestion == "to compare values use '=='")
    }

    @Test func nestedUnpackingTarget() {
        #expect(Fixture.tree("for (i, (k, v)) in rows:\n    pass")
                == "(for (tuple i (tuple k v)) rows (body (pass)))")
    }
}
