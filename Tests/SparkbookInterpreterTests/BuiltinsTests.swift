import Testing
@testable import SparkbookInterpreter

/// The built-in functions, compared with CPython's output.
struct BuiltinsTests {
    @Test(arguments: [
        ("print('a', 1, 2.5, None, True, sep='-', end='!\\n')", "a-1-2.5-None-True!\n"),
        ("print()", "\n"),
        ("print(len('héllo'), len([1, 2]), len({'a': 1}), len((1,)))", "5 2 1 1\n"),
        ("print(sorted([3, 1, 2]), sorted(['b', 'a'], reverse=True), sorted('cab'))", "[1, 2, 3] ['b', 'a'] ['a', 'b', 'c']\n"),
        ("print(sum([1, 2.5]), sum([]), min(3, 1, 2), max([1, 5, 2]), min('b', 'a'))", "3.5 0 1 5 a\n"),
        ("print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(3.14159, 2), round(-0.5))", "3 2.5 2 4 3.14 0\n"),
        ("print(int('42'), int(' 7 '), int(3.9), int(-3.9), int(True), int('1_000'))", "42 7 3 -3 1 1000\n"),
        ("print(float('2.5'), float(3), str(12), str(), bool(''), bool([0]))", "2.5 3.0 12  False True\n"),
        ("print(list('ab'), tuple([1]), list(range(10, 0, -3)), list(range(3)))", "['a', 'b'] (1,) [10, 7, 4, 1] [0, 1, 2]\n"),
        ("print(list(enumerate(['a', 'b'], start=1)), list(zip([1, 2, 3], 'xy')))", "[(1, 'a'), (2, 'b')] [(1, 'x'), (2, 'y')]\n"),
        ("print(dict(a=1, b='x'), repr('it\\'s'), repr('say \"hi\"'))", "{'a': 1, 'b': 'x'} \"it's\" 'say \"hi\"'\n"),
        ("print(type(1), type('s'), type(None), type([]))", "<class 'int'> <class 'str'> <class 'NoneType'> <class 'list'>\n"),
    ])
    func builtins(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test(arguments: [
        ("int('x')", "ValueError", "invalid literal for int() with base 10: 'x'"),
        ("float('abc')", "ValueError", "could not convert string to float: 'abc'"),
        ("int(float('inf'))", "ValueError", "cannot convert float inf to integer"),
        ("len(5)", "TypeError", "object of type 'int' has no len()"),
        ("max([])", "ValueError", "max() arg is an empty sequence"),
        ("range(1, 5, 0)", "ValueError", "range() arg 3 must not be zero"),
        ("print('x', colour=1)", "TypeError", "'colour' is an invalid keyword argument for print()"),
        ("abs('x')", "TypeError", "bad operand type for abs(): 'str'"),
    ])
    func builtinErrors(_ source: String, _ ename: String, _ message: String) async {
        let error = await ScriptHarness.failure(source)
        #expect(error?.exceptionName == ename)
        #expect(error?.message == message)
    }

    @Test func displayOfANonDataFrameShowsItsRepr() async throws {
        let harness = ScriptHarness()
        try await harness.run("display([1, 'a'])")
        #expect(harness.sink.events == [.display(RichOutput(plain: "[1, 'a']"))])
    }

    @Test func displayOfGroupedDataIsATypeError() async throws {
        let harness = ScriptHarness()
        try await harness.run("df = spark.read.option('header', 'true').csv('data/big_events_50k.csv')")
        let error = await ScriptHarness.failure("display(df.groupBy('country'))", harness: harness)
        #expect(error?.exceptionName == "TypeError")
        #expect(error?.message == "display() needs a DataFrame; call agg(...) or count() on the GroupedData first")
    }

    @Test func printWritesToStdoutThroughTheSink() async throws {
        let harness = ScriptHarness()
        try await harness.run("print('a')\nprint('b', end='')")
        #expect(harness.sink.events == [.stream(.stdout, "a\nb")])
    }

    @Test func bytesLiteralsAndConstructors() async throws {
        let out = try await ScriptHarness.stdout(#"""
            print(b"a'b\"\n\x01", repr(bytes(3)), bytearray(b"x"), len(b"abcd"), b"ab" == b"ab", "h\u00e9".encode("utf-8"))
            print(bytes([104, 105]).decode(), type(b"").__name__ if False else "ok")
            """#)
        #expect(out == "b'a\\'b\"\\n\\x01' b'\\x00\\x00\\x00' bytearray(b'x') 4 True b'h\\xc3\\xa9'\nhi ok\n")
    }

    @Test func everyBuiltinNameIsBound() {
        #expect(Builtins.names.count == 33)
        #expect(Builtins.names.isSuperset(of: ["print", "display", "len", "range", "sorted", "zip", "map", "filter", "dir"]))
    }
}

extension BuiltinsTests {
    @Test func bytesFromHex() async throws {
        let out = try await ScriptHarness.stdout("""
            print(bytes.fromhex('0101 00ff'), bytearray.fromhex('6162').hex())
            """)
        #expect(out == "b'\\x01\\x01\\x00\\xff' 6162\n")
        let failure = await ScriptHarness.failure("bytes.fromhex('0g')")
        #expect(failure?.exceptionName == "ValueError")
        #expect(failure?.message == "non-hexadecimal number found in fromhex() arg at position 1")
    }
}
