import Testing
@testable import SparkbookInterpreter

/// printf-style `%` formatting, compared with CPython's output and errors.
struct PercentFormattingTests {
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

    @Test(arguments: [
        ("print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))", "ff FF 10 0xff 0o10\n"),
        ("print('%e|%+d|% d|%10.3f|%.3s|%c%c' % (1234.5678, 5, 5, 1234.5678, 'abcdef', 65, 'b'))", "1.234568e+03|+5| 5|  1234.568|abc|Ab\n"),
        ("print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})", "Ann is 30\n"),
        ("print('%3d|%-3d|%5s|%-5s|' % (7, 7, 'ab', 'ab'))", "  7|7  |   ab|ab   |\n"),
    ])
    func conversionsAndFlags(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test func typeErrorsNameTheConversion() async {
        #expect(await ScriptHarness.failure("'%d' % 'a'")?.message == "%d format: a real number is required, not str")
        #expect(await ScriptHarness.failure("'%x' % 1.5")?.message == "%x format: an integer is required, not float")
    }
}
