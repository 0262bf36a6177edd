import Testing
@testable import SparkbookSyntax

/// Parentheses, tuples, lists, dicts, sets and comprehensions.
@Suite struct ParserDisplaysTests {
    @Test func parenthesesAndTuples() {
        #expect(Fixture.expr("()") == "(tuple)")
        #expect(Fixture.expr("(1)") == "(paren 1)")
        #expect(Fixture.expr("(1,)") == "(tuple 1)")
        #expect(Fixture.expr("(1, 2)") == "(tuple 1 2)")
    }

    @Test func lists() {
        #expect(Fixture.expr("[]") == "(list)")
        #expect(Fixture.expr("['a', 'b',]") == "(list \"a\" \"b\")")
        #expect(Fixture.expr("[*a, 1]") == "(list (* a) 1)")
    }

    @Test func dictsAndSets() {
        #expect(Fixture.expr("{}") == "(dict)")
        #expect(Fixture.expr("{'a': 1, **rest}") == "(dict (\"a\" 1) (** rest))")
        #expect(Fixture.expr("{1, 2}") == "(set 1 2)")
        #expect(Fixture.expr("{f(x): [1]}") == "(dict ((call f x) (list 1)))")
    }

    @Test func comprehensions() {
        #expect(Fixture.expr("[c for c in cols if c != 'id']")
                == "(listcomp c (for c cols (if (compare c != \"id\"))))")
        #expect(Fixture.expr("[x * y for x in xs for y in ys if x if y]")
                == "(listcomp (* x y) (for x xs) (for y ys (if x) (if y)))")
        #expect(Fixture.expr("[a if c else b for k, v in items]")
                == "(listcomp (ifexp c a b) (for (tuple k v) items))")
        #expect(Fixture.expr("{k: v for k, v in pairs}") == "(dictcomp k v (for (tuple k v) pairs))")
        #expect(Fixture.expr("{x for x in xs}") == "(setcomp x (for x xs))")
        #expect(Fixture.expr("(x for x in xs)") == "(genexp x (for x xs))")
    }

    @Test func comprehensionTargetMustBeAssignable() {
        #expect(Fixture.diagnostic("[x for f() in xs]")?.message == "cannot assign to function call")
        #expect(Fixture.diagnostic("[x for x xs]")?.message == "expected 'in' after the target of 'for'")
    }

    @Test func unclosedList() {
        #expect(Fixture.diagnostic("[1, 2 3]")?.message == "expected ']' to close '[' opened at 1:1")
    }
}
