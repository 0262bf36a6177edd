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

    @Test(arguments: [
        ("print('%s has %d rows (%.1f%%)' % ('df', 5, 12.345))", "df has 5 rows (12.3%)\n"),
        ("print('%-5s|%r|%s' % ('b', 'c', [1]))", "b    |'c'|[1]\n"),
        ("print('%i items' % 3.9)", "3 items\n"),
        ("print('%05.1f' % 2.25)", "002.2\n"),
    ])
    func percentFormatting(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test func percentFormattingArgumentCountErrors() async {
        #expect(await ScriptHarness.failure("'%s %s' % ('a',)")?.message == "not enough arguments for format string")
        #expect(await ScriptHarness.failure("'%s' % ('a', 'b')")?.message == "not all arguments converted during string formatting")
    }

    @Test func badFormatCodesAreValueErrors() async {
        let error = await ScriptHarness.failure("f'{\"text\":d}'")
        #expect(error?.exceptionName == "ValueError")
        #expect(error?.message == "Unknown format code 'd' for object of type 'str'")
    }

    @Test func applyDirectly() throws {
        #expect(try Formatting.apply(">+8.2f", to: .float(3.14159), span: .point(0)) == "   +3.14")
        #expect(try Formatting.apply("08.2f", to: .float(-3.14159), span: .point(0)) == "-0003.14")
        #expect(try Formatting.apply("", to: .string("s"), span: .point(0)) == "s")
    }
}
