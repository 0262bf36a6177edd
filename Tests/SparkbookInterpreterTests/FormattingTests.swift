import Testing
@testable import SparkbookInterpreter

/// f-string format specs and %-formatting, compared with CPython's output.
struct FormattingTests {
    @Test(arguments: [
        ("x = 3.14159\nprint(f'{x:.2f}|{x:8.3f}|{x!r}|{x}')", "3.14|   3.142|3.14159|3.14159\n"),
        ("print(f'{1234567:,}|{1234567.891:,.2f}|{1234567:_}')", "1,234,567|1,234,567.89|1_234_567\n"),
        ("print(f'{0.256:.1%}|{-0.5:.0%}')", "25.6%|-50%\n"),
        ("print(f'{\"ab\":>5}|{\"ab\":<5}|{\"ab\":^6}|{\"ab\":*^7}|')", "   ab|ab   |  ab  |**ab***|\n"),
        ("print(f'{-5:05d}|{42:+d}|{42: d}|{7:3}|{-3:>4}')", "-0005|+42| 42|  7|  -3\n"),
        ("print(f'{12345.678:e}|{0.5:g}|{2.0:.3g}|{1234.5678:.6g}')", "1.234568e+04|0.5|2|1234.57\n"),
        ("print(f'{\"abcdef\":.3}|{\"x\"!r}|{None}|{True}')", "abc|'x'|None|True\n"),
        ("print(f'{1e20}|{0.1 + 0.2}|{1.0}|{-0.0}|{[1, \"a\", (2,)]}')", "1e+20|0.30000000000000004|1.0|-0.0|[1, 'a', (2,)]\n"),
        ("n = 5\nprint(f'{n} rows, {n * 2} cells, {{braces}}')", "5 rows, 10 cells, {braces}\n"),
    ])
    func formattedStrings(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test func badFormatCodesAreValueErrors() async {
        let error = await ScriptHarness.failure("f'{\"text\":d}'")
        #expect(error?.exceptionName == "ValueError")
        #expect(error?.message == "Unknown format code 'd' for object of type 'str'")
    }

    @Test(arguments: [
        ("n = 255\nprint(f'{n:x}|{n:X}|{n:b}|{n:o}|{n:#x}|{n:#b}|{n:#010x}|{n:08b}')", "ff|FF|11111111|377|0xff|0b11111111|0x000000ff|11111111\n"),
        ("print(f'{1234:08,}|{1234.5:012,.2f}|{255:#_b}|{123456789:_x}')", "0,001,234|0,001,234.50|0b1111_1111|75b_cd15\n"),
        ("print(f'{12:=+6}|{-3.5:=8.1f}|{3.0:.3}|{1e20:.3}|{2.5:.0f}|{3.5:.0f}')", "+   12|-    3.5|3.0|1e+20|2|4\n"),
        ("print(format(True, '>5'), format(True, ''), format(float('inf'), 'F'), format(10**15, 'e'))", "    1 True INF 1.000000e+15\n"),
        ("print('{} and {}'.format('a', 'b'), '{1}-{0}'.format('x', 'y'), '{name}: {n:>5}'.format(name='k', n=3))", "a and b y-x k:     3\n"),
    ])
    func formatCodes(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test(arguments: [
        ("format(255, ',x')", "Cannot specify ',' with 'x'."),
        ("format('a', '=5')", "'=' alignment not allowed in string format specifier"),
        ("format('a', '+')", "Sign not allowed in string format specifier"),
        ("format(5, '.2d')", "Precision not allowed in integer format specifier"),
        ("format(1.5, 'x')", "Unknown format code 'x' for object of type 'float'"),
    ])
    func invalidSpecsArePythonsValueErrors(_ source: String, _ message: String) async {
        let error = await ScriptHarness.failure(source)
        #expect(error?.exceptionName == "ValueError")
        #expect(error?.message == message)
    }

    @Test func applyDirectly() throws {
        #expect(try Formatting.apply(">+8.2f", to: .float(3.14159), span: .point(0)) == "   +3.14")
        #expect(try Formatting.apply("08.2f", to: .float(-3.14159), span: .point(0)) == "-0003.14")
        #expect(try Formatting.apply("", to: .string("s"), span: .point(0)) == "s")
    }
}
