import Testing
@testable import SparkbookInterpreter

/// `decimal.Decimal(...)` from text and ints; floats refused with advice; Python's operators over Decimals.
struct DecimalModuleTests {
    @Test(arguments: [
        ("print(repr(Decimal('12.50')), Decimal(5), Decimal())", "Decimal('12.50') 5 0\n"),
        ("print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), Decimal('1.0') == 1)", "True True\n"),
        ("print(Decimal('2.5') * 2, 1 + Decimal('0.5'), -Decimal('3'), abs(Decimal('-3.10')))", "5.0 1.5 -3 3.10\n"),
        ("print(round(Decimal('2.675'), 2), round(Decimal('2.5')), int(Decimal('-7.9')), float(Decimal('1.25')))", "2.68 2 -7 1.25\n"),
        ("print(f'{Decimal(\"2.675\"):.2f}|{Decimal(\"1234.5\"):,.2f}|{Decimal(\"0.125\"):.1%}|{Decimal(\"1.5\"):>6}|')", "2.68|1,234.50|12.5%|   1.5|\n"),
        ("print('%.2f' % Decimal('2.675'), '%s' % Decimal('1.10'))", "2.67 1.10\n"),
        ("print(sum([Decimal('1.10'), Decimal('2.205')]), max([Decimal('1'), Decimal('3.5')]))", "3.305 3.5\n"),
    ])
    func behavesAsPython(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout("from decimal import Decimal\n" + source) == expected)
    }

    @Test func floatsDoNotMixWithDecimals() async {
        let error = await ScriptHarness.failure("from decimal import Decimal\nDecimal('1.5') * 1.1")
        #expect(error?.message == "unsupported operand type(s) for *: 'decimal.Decimal' and 'float'")
    }

    @Test func decimalFromFloatIsRefusedWithAdvice() async {
        let error = await ScriptHarness.failure("from decimal import Decimal\nDecimal(0.1)")
        #expect(error?.exceptionName == "NotImplementedError")
    }

    @Test func badTextIsInvalidOperation() async {
        let error = await ScriptHarness.failure("from decimal import Decimal\nDecimal('abc')")
        #expect(error?.exceptionName == "InvalidOperation")
    }
}
