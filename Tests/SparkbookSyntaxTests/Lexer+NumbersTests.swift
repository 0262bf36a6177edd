import Testing
@testable import SparkbookSyntax

@Suite struct LexerNumbersTests {
    @Test(arguments: [
        ("0", Int64(0)), ("42", 42), ("1_000", 1000), ("0xFF", 255), ("0x_ff", 255), ("0o17", 15), ("0b1010", 10),
        ("9223372036854775807", Int64.max),
    ])
    func integers(text: String, value: Int64) {
        #expect(Fixture.kinds(text) == [.integer(value), .newline])
    }

    @Test(arguments: [("1.5", 1.5), ("1.", 1.0), (".5", 0.5), ("1e-3", 0.001), ("2E+2", 200.0), ("1_0.2_5", 10.25)])
    func floats(text: String, value: Double) {
        #expect(Fixture.kinds(text) == [.float(value), .newline])
    }

    @Test func integerTooLargeForInt64() {
        let error = Fixture.lex("x = 9223372036854775808").error
        #expect(error?.code == DiagnosticCode.number)
        #expect(error?.span == SourceSpan(start: 4, end: 23))
    }

    @Test func leadingZerosAreRejected() {
        #expect(Fixture.lex("x = 0123").error?.message == "leading zeros in decimal integer literals are not permitted")
        #expect(Fixture.lex("x = 000").error == nil)
    }

    @Test func malformedNumbers() {
        #expect(Fixture.lex("1abc").error?.message == "invalid decimal literal")
        #expect(Fixture.lex("1__0").error?.message == "invalid decimal literal")
        #expect(Fixture.lex("0x").error?.message == "invalid base-16 integer literal")
        #expect(Fixture.lex("3j").error?.code == DiagnosticCode.unsupported)
    }

    @Test func attributeAfterNameIsNotAFloat() {
        #expect(Fixture.kinds("a.b") == [.name("a"), .punctuator(.dot), .name("b"), .newline])
    }
}
