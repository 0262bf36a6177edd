import Testing
@testable import SparkbookSyntax

/// Operator precedence and associativity, checked against how CPython groups them.
@Suite struct ParserExpressionsTests {
    @Test(arguments: [
        ("a & b | ~c", "(| (& a b) (~ c))"),
        ("x == 1 & y", "(compare x == (& 1 y))"),
        ("a | b ^ c & d", "(| a (^ b (& c d)))"),
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("a - b - c", "(- (- a b) c)"),
        ("2 ** 3 ** 2", "(** 2 (** 3 2))"),
        ("-2 ** 2", "(- (** 2 2))"),
        ("2 ** -1", "(** 2 (- 1))"),
        ("a // b % c", "(% (// a b) c)"),
        ("1 << 2 + 3", "(<< 1 (+ 2 3))"),
        ("not a and b or c", "(or (and (not a) b) c)"),
        ("not a == b", "(not (compare a == b))"),
        ("a < b <= c", "(compare a < b <= c)"),
        ("x in xs", "(compare x in xs)"),
        ("x not in xs", "(compare x not in xs)"),
        ("x is None", "(compare x is None)"),
        ("x is not None", "(compare x is not None)"),
        ("a if c else b", "(ifexp c a b)"),
        ("a if c else b if d else e", "(ifexp c a (ifexp d b e))"),
        ("(F.col('a') > 1) & (F.col('b') < 2)",
         "(& (paren (compare (call (attr F col) \"a\") > 1)) (paren (compare (call (attr F col) \"b\") < 2)))"),
        ("~F.col('x').isNull()", "(~ (call (attr (call (attr F col) \"x\") isNull)))"),
        ("+a", "(+ a)"),
    ])
    func precedence(source: String, expected: String) {
        #expect(Fixture.expr(source) == expected)
    }

    @Test func tupleExpressions() {
        #expect(Fixture.expr("1, 2") == "(tuple 1 2)")
        #expect(Fixture.expr("1,") == "(tuple 1)")
        #expect(Fixture.expr("*a, b") == "(tuple (* a) b)")
    }

    @Test func conditionalNeedsElse() {
        let d = Fixture.diagnostic("x = a if c")
        #expect(d?.message == "expected 'else' after 'if' expression")
    }

    @Test func missingOperand() {
        #expect(Fixture.diagnostic("x = 1 +")?.message == "invalid syntax: expected an expression before the end of the line")
        #expect(Fixture.diagnostic("x = * ")?.code == DiagnosticCode.syntax)
    }
}
