import Testing
@testable import SparkbookNotebook

@Suite struct ParameterValueTests {
    @Test func typesValuesLikePapermill() {
        #expect(ParameterValue.parse("True") == .bool(true))
        #expect(ParameterValue.parse("False") == .bool(false))
        #expect(ParameterValue.parse("None") == .none)
        #expect(ParameterValue.parse("true") == .string("true"))
        #expect(ParameterValue.parse("42") == .int(42))
        #expect(ParameterValue.parse(" -007 ") == .int(-7))
        #expect(ParameterValue.parse("1_000") == .int(1000))
        #expect(ParameterValue.parse("1__0") == .string("1__0"))
        #expect(ParameterValue.parse("123456789012345678901234567890") == .bigInt("123456789012345678901234567890"))
        #expect(ParameterValue.parse("0.5") == .float(0.5))
        #expect(ParameterValue.parse("1e3") == .float(1000))
        #expect(ParameterValue.parse(".5") == .float(0.5))
        #expect(ParameterValue.parse("5.") == .float(5))
        #expect(ParameterValue.parse("-inf") == .float(-.infinity))
        #expect(ParameterValue.parse("0x10") == .string("0x10"))
        #expect(ParameterValue.parse("1e") == .string("1e"))
        #expect(ParameterValue.parse("") == .string(""))
        #expect(ParameterValue.raw("42") == .string("42"))
    }

    @Test func writesPythonLiterals() {
        #expect(ParameterValue.float(1e-7).pythonLiteral == "1e-07")
        #expect(ParameterValue.float(.nan).pythonLiteral == "float('nan')")
        #expect(ParameterValue.float(2).pythonLiteral == "2.0")
        #expect(ParameterValue.none.pythonLiteral == "None")
        #expect(ParameterValue.string("it's \"q\" é ✅ \\n\t🚀\u{7F}").pythonLiteral == #""it's \"q\" \xe9 \u2705 \\n\t\U0001f680\x7f""#)
    }

    @Test func validNames() {
        #expect(Parameter.typed("alpha_1", "1").hasValidName)
        #expect(!Parameter.typed("1alpha", "1").hasValidName)
        #expect(!Parameter.typed("a-b", "1").hasValidName)
    }
}
