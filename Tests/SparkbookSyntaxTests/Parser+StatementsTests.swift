import Testing
@testable import SparkbookSyntax

/// Simple statements: expressions, assignments, augmented assignment, pass/break/continue, del, assert.
@Suite struct ParserStatementsTests {
    @Test func assignments() {
        #expect(Fixture.tree("x = 1") == "(= x 1)")
        #expect(Fixture.tree("a = b = 1") == "(= a b 1)")
        #expect(Fixture.tree("a, b = b, a") == "(= (tuple a b) (tuple b a))")
        #expect(Fixture.tree("[a, *rest] = xs") == "(= (list a (* rest)) xs)")
        #expect(Fixture.tree("df.cache_flag = True") == "(= (attr df cache_flag) True)")
        #expect(Fixture.tree("conf['k'] = 'v'") == "(= (index conf \"k\") \"v\")")
    }

    @Test func augmentedAssignment() {
        #expect(Fixture.tree("total += row[1]") == "(+= total (index row 1))")
        #expect(Fixture.tree("n //= 2") == "(//= n 2)")
        #expect(Fixture.diagnostic("a, b += 1")?.message == "tuple is an illegal target for augmented assignment")
    }

    @Test func semicolonsSeparateStatements() {
        #expect(Fixture.tree("a = 1; b = 2;") == "(= a 1)\n(= b 2)")
    }

    @Test func passDelAssert() {
        #expect(Fixture.tree("pass") == "(pass)")
        #expect(Fixture.tree("del a, b[0]") == "(del a (index b 0))")
        #expect(Fixture.tree("assert n > 0, 'empty'") == "(assert (compare n > 0) \"empty\")")
    }

    @Test func breakOutsideLoop() {
        #expect(Fixture.diagnostic("break")?.message == "'break' outside loop")
        #expect(Fixture.diagnostic("if x:\n    continue")?.message == "'continue' outside loop")
    }

    @Test func statementMustEndAtLineEnd() {
        let d = Fixture.diagnostic("x = 1 2")
        #expect(d?.message == "invalid syntax: unexpected number")
        #expect(d?.suggestion == "perhaps you forgot a comma or an operator?")
        #expect(Fixture.diagnostic("print 'hi'")?.suggestion == "call print with parentheses: print(...)")
    }

    @Test func unexpectedIndent() throws {
        let d = try #require(Fixture.diagnostic("x = 1\n    y = 2\n"))
        #expect(d.code == DiagnosticCode.indentation)
        #expect(d.message == "unexpected indent")
        #expect(d.span == SourceSpan(start: 10, end: 11))
    }

    @Test func strayElse() {
        #expect(Fixture.diagnostic("else:\n    pass")?.message == "invalid syntax: 'else' without a matching 'if'")
    }
}
