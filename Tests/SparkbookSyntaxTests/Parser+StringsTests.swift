import Testing
@testable import SparkbookSyntax

/// Implicit concatenation and f-string fields parsed as expressions.
@Suite struct ParserStringsTests {
    @Test func implicitConcatenation() {
        #expect(Fixture.expr("'a' \"b\" '''c'''") == "\"abc\"")
        #expect(Fixture.expr("(\n  'spark.'\n  'executor'\n)") == "(paren \"spark.executor\")")
        #expect(Fixture.expr("b'a' b'b'") == "b\"ab\"")
        #expect(Fixture.diagnostic("'a' b'b'")?.message == "cannot mix bytes and nonbytes literals")
    }

    @Test func formattedStringFields() {
        #expect(Fixture.expr("f'{n} rows in {df.count()}s'")
                == "(f {n} \" rows in \" {(call (attr df count))} \"s\")")
        #expect(Fixture.expr("f'{x!r:>10}'") == "(f {x!r:>10})")
        #expect(Fixture.expr("f'{a + b * 2:.2f}'") == "(f {(+ a (* b 2)):.2f})")
        #expect(Fixture.expr("f'{x=}'") == "(f \"x=\" {x!r})")
    }

    @Test func formattedStringConcatenatesWithPlainStrings() {
        #expect(Fixture.expr("'total: ' f'{t}' '!'") == "(f \"total: \" {t} \"!\")")
    }

    @Test func fieldSpansPointIntoTheFile() throws {
        let source = Fixture.file("print(f'value: {row.amount}')")
        let program = try #require(Parser.parse(source).program)
        guard case .call(_, let arguments) = program.trailingExpression?.kind,
              case .formattedString(let parts) = arguments.first?.value.kind,
              case .interpolation(let field) = parts.last else {
            Issue.record("unexpected tree")
            return
        }
        #expect(source.text(of: field.expression.span) == "row.amount")
    }

    @Test func invalidFieldExpression() {
        let d = Fixture.diagnostic("f'{a b}'")
        #expect(d?.message == "f-string: invalid syntax: unexpected name 'b'")
        #expect(d?.span == SourceSpan(start: 5, end: 6))
    }
}
