import Testing
@testable import SparkbookInterpreter

/// `sorted`/`min`/`max` with builtin keys and stable reverse; `any`, `all`, `divmod`, `round`, `sum(start)`.
struct BuiltinsOrderingTests {
    @Test(arguments: [
        ("print(sorted(['pear', 'kiwi', 'fig', 'plum'], key=len, reverse=True))", "['pear', 'kiwi', 'plum', 'fig']\n"),
        ("print(sorted(['pear', 'fig', 'banana'], key=len), sorted([3, -1, 2], key=abs))", "['fig', 'pear', 'banana'] [-1, 2, 3]\n"),
        ("print(max(['pear', 'fig', 'banana'], key=len), min([4, -2, 8], key=abs), max([], default=0), max(3, 9, 1))", "banana -2 0 9\n"),
        ("print(any([0, '', None]), any(x > 2 for x in [1, 3]), all([1, 'a']), all([]), any([]))", "False True True True False\n"),
        ("print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(7, -2))", "(3, 2) (-4, 3) (3.0, 2.5) (-4, -1)\n"),
        ("print(round(2.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1250, -2), round(1350, -2), round(7, 2))", "2 -2 0.12 2.67 1200 1400 7\n"),
        ("print(sum([1, 2], 10), sum([1.5, 2]), abs(True), list(enumerate('ab', 1)))", "13 3.5 1 [(1, 'a'), (2, 'b')]\n"),
    ])
    func behavesAsPython(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test func emptyMaxWithoutDefaultIsValueError() async {
        let error = await ScriptHarness.failure("max([])")
        #expect(error?.exceptionName == "ValueError")
        #expect(error?.message == "max() arg is an empty sequence")
    }
}
