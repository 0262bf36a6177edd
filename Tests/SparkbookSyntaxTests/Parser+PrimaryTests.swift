import Testing
@testable import SparkbookSyntax

/// Attributes, calls with every kind of argument, and subscripts.
@Suite struct ParserPrimaryTests {
    @Test func literals() {
        #expect(Fixture.expr("None") == "None")
        #expect(Fixture.expr("True") == "True")
        #expect(Fixture.expr("3.25") == "3.25")
        #expect(Fixture.expr("...") == "...")
    }

    @Test func callArguments() {
        #expect(Fixture.expr("df.show(5, truncate=False)") == "(call (attr df show) 5 (kw truncate False))")
        #expect(Fixture.expr("f(*args, **kwargs)") == "(call f (* args) (** kwargs))")
        #expect(Fixture.expr("f()") == "(call f)")
        #expect(Fixture.expr("f(a,)") == "(call f a)")
    }

    @Test func generatorAsOnlyArgument() {
        #expect(Fixture.expr("sum(x for x in xs)") == "(call sum (genexp x (for x xs)))")
        #expect(Fixture.diagnostic("f(x for x in xs, 1)")?.message == "generator expression must be parenthesized")
    }

    @Test func argumentErrors() {
        #expect(Fixture.diagnostic("f(a=1, 2)")?.message == "positional argument follows keyword argument")
        #expect(Fixture.diagnostic("f(a=1, a=2)")?.message == "keyword argument repeated: a")
        #expect(Fixture.diagnostic("f(a.b=1)")?.message == "expression cannot contain assignment, perhaps you meant \"==\"?")
    }

    @Test func subscriptsAndSlices() {
        #expect(Fixture.expr("df['amount']") == "(index df \"amount\")")
        #expect(Fixture.expr("a[1:3]") == "(index a (slice 1 3 _))")
        #expect(Fixture.expr("a[::2]") == "(index a (slice _ _ 2))")
        #expect(Fixture.expr("a[:-1]") == "(index a (slice _ (- 1) _))")
        #expect(Fixture.expr("a[1:2, 3]") == "(index a (tuple (slice 1 2 _) 3))")
        #expect(Fixture.expr("a[i][j]") == "(index (index a i) j)")
    }

    @Test func attributeNeedsName() {
        #expect(Fixture.diagnostic("df.")?.message == "expected an attribute name after '.'")
        #expect(Fixture.diagnostic("df.1")?.code == DiagnosticCode.syntax)
    }

    @Test func unclosedCallPointsAtOffendingToken() throws {
        let d = try #require(Fixture.diagnostic("df.groupBy(\"country\",, \"device\")"))
        #expect(d.message == "expected ')' to close '(' opened at 1:11")
        #expect(d.span == SourceSpan(start: 21, end: 22))
        #expect(d.suggestion == "remove the extra ','")
    }

    @Test func missingCommaBetweenArguments() {
        let d = Fixture.diagnostic("f(a b)")
        #expect(d?.message == "expected ')' to close '(' opened at 1:2")
        #expect(d?.suggestion == "perhaps you forgot a comma?")
    }
}
