import Testing
@testable import SparkbookInterpreter

/// Control flow, assignment forms and comprehensions.
struct InterpreterStatementsTests {
    @Test(arguments: [
        ("""
         total = 0
         for i in range(10):
             if i % 2 == 0:
                 continue
             if i > 7:
                 break
             total += i
         else:
             total = -1
         print(total)
         """, "16\n"),
        ("""
         found = None
         for name in ["a", "b"]:
             pass
         else:
             found = "none broke"
         print(found)
         """, "none broke\n"),
        ("""
         n = 0
         while n < 5:
             n += 2
         print(n)
         """, "6\n"),
        ("""
         x = 7
         if x < 5:
             print("small")
         elif x < 10:
             print("medium")
         else:
             print("large")
         """, "medium\n"),
        ("a, b = 1, 2\na, b = b, a\nprint(a, b)", "2 1\n"),
        ("(p, q), r = [(1, 2), 3]\nprint(p + q + r)", "6\n"),
        ("xs = [1, 2, 3]\nxs[0] = 10\nxs[-1] = 30\nprint(xs)", "[10, 2, 30]\n"),
        ("d = {'a': 1}\nd['b'] = 2\nd['a'] = 3\nprint(d)", "{'a': 3, 'b': 2}\n"),
        ("v = 'yes' if 0 else 'no'\nprint(v)", "no\n"),
        ("assert 1 + 1 == 2, 'math'\nprint('ok')", "ok\n"),
        ("x = 1\ndel x\nprint('x' in [])", "False\n"),
    ])
    func statements(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test(arguments: [
        ("print([x * x for x in range(5) if x != 2])", "[0, 1, 9, 16]\n"),
        ("print([(i, j) for i in range(2) for j in 'xy'])", "[(0, 'x'), (0, 'y'), (1, 'x'), (1, 'y')]\n"),
        ("print({k: v * 10 for k, v in zip(['a', 'b'], [1, 2])})", "{'a': 10, 'b': 20}\n"),
        ("print(sum(x for x in [1, 2, 3]))", "6\n"),
        ("print([c.upper() for c in 'ab' if c != 'b'])", "['A']\n"),
        ("print([*[1, 2], 3])", "[1, 2, 3]\n"),
        ("d = {'a': 1}\nprint({**d, 'b': 2})", "{'a': 1, 'b': 2}\n"),
        // A repeated key keeps its first place and takes the last value.
        ("print({k: i for i, k in enumerate('aba')})", "{'a': 2, 'b': 1}\n"),
        ("print({'a': 1, 'b': 2, 'a': 3})", "{'a': 3, 'b': 2}\n"),
    ])
    func comprehensionsAndDisplays(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test(arguments: [
        ("a, b = [1, 2, 3]", "ValueError", "too many values to unpack (expected 2)"),
        ("a, b, c = [1, 2]", "ValueError", "not enough values to unpack (expected 3, got 2)"),
        ("assert 1 > 2, 'one is not more than two'", "AssertionError", "one is not more than two"),
        ("for x in 5:\n    pass", "TypeError", "'int' object is not iterable"),
        ("del nothing", "NameError", "name 'nothing' is not defined"),
        ("[1, 2][5]", "IndexError", "list index out of range"),
        ("{'a': 1}['b']", "KeyError", "'b'"),
    ])
    func statementErrors(_ source: String, _ ename: String, _ message: String) async {
        let error = await ScriptHarness.failure(source)
        #expect(error?.exceptionName == ename)
        #expect(error?.message == message)
    }

    @Test func variablesPersistAcrossCells() async throws {
        let harness = ScriptHarness()
        try await harness.run("rows = [1, 2]")
        try await harness.run("rows = rows + [3]")
        try await harness.run("print(len(rows), rows[1:], rows[:-1], 'abc'[1:])")
        #expect(harness.sink.stdout == "3 [2, 3] [1, 2] bc\n")
    }
}
