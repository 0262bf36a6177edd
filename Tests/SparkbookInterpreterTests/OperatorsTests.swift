import Testing
@testable import SparkbookInterpreter

/// Python's operator semantics on scalars and containers, and PySpark's on columns.
struct OperatorsTests {
    @Test(arguments: [
        ("print(7 // 2, -7 // 2, 7 // -2, 7 % -3, -7 % 3, 7 / 2, 2 ** 10, 2 ** -1)", "3 -4 -4 -2 2 3.5 1024 0.5\n"),
        ("print(-7.5 // 2, -7.0 % 2, 7 % -2.0, 1 + 2.5, 3 * 1.5, 2.0 ** 3)", "-4.0 1.0 -1.0 3.5 4.5 8.0\n"),
        ("print(True + True, 10 - True, -True, ~5, 6 & 3, 6 | 3, 6 ^ 3, 1 << 4, 256 >> 2)", "2 9 -1 -6 2 7 5 16 64\n"),
        ("print('ab' * 3, 'a' + 'b', 'ab' * 0, [1] * 2 + [3], (1,) + (2,))", "ababab ab  [1, 1, 3] (1, 2)\n"),
        ("print('b' in 'abc', 'z' not in 'abc', 2 in [1, 2], 'k' in {'k': 1}, 3 in (1, 2))", "True True True True False\n"),
        ("print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 'a' < 'b', [1, 2] < [1, 3], None is None, 2 != 2)", "True False True True True True False\n"),
        ("print(not [], not 'x', 0 or 'default', 3 and 4, None or 0)", "True False default 4 0\n"),
        ("x = 10\nx += 5\nx //= 4\nx *= 3\nprint(x)", "9\n"),
        ("s = 'a'\ns += 'b'\nprint(s)", "ab\n"),
    ])
    func scalarOperators(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test(arguments: [
        ("1 / 0", "ZeroDivisionError", "division by zero"),
        ("5 // 0", "ZeroDivisionError", "integer division or modulo by zero"),
        ("5 % 0", "ZeroDivisionError", "integer division or modulo by zero"),
        ("1.5 / 0", "ZeroDivisionError", "float division by zero"),
        ("'a' - 1", "TypeError", "unsupported operand type(s) for -: 'str' and 'int'"),
        ("1 < 'a'", "TypeError", "'<' not supported between instances of 'int' and 'str'"),
        ("1 in 5", "TypeError", "argument of type 'int' is not iterable"),
        ("-'a'", "TypeError", "bad operand type for unary -: 'str'"),
    ])
    func operatorErrors(_ source: String, _ ename: String, _ message: String) async {
        let error = await ScriptHarness.failure(source)
        #expect(error?.exceptionName == ename)
        #expect(error?.message == message)
    }

    @Test func columnOperatorsBuildExpressions() async throws {
        let harness = ScriptHarness()
        try await harness.run("from pyspark.sql import functions as F")
        #expect(try await harness.run("F.col('a') + 1")?.repr == "Column<'+(a, 1)'>")
        #expect(try await harness.run("(F.col('a') > 2) & (F.col('b') == 'x')")?.repr == "Column<'and(>(a, 2), =(b, 'x'))'>")
        #expect(try await harness.run("~F.col('flag') | F.col('other')")?.repr == "Column<'or(!(flag), other)'>")
        #expect(try await harness.run("10 - F.col('n')")?.repr == "Column<'-(10, n)'>")
        #expect(try await harness.run("-F.col('n') / 2")?.repr == "Column<'/(negative(n), 2)'>")
    }

    @Test func pythonBooleanOperatorsOnColumnsAreRejectedAsInPySpark() async {
        let harness = ScriptHarness()
        _ = try? await harness.run("from pyspark.sql import functions as F")
        let message = "[CANNOT_CONVERT_COLUMN_INTO_BOOL] Cannot convert column into bool: please use '&' for 'and', '|' for 'or', '~' for 'not' when building DataFrame boolean expressions."
        for source in ["F.col('a') and F.col('b')", "not F.col('a')"] {
            let error = await ScriptHarness.failure(source, harness: harness)
            #expect(error?.exceptionName == "PySparkValueError")
            #expect(error?.message == message)
        }
    }
}

/// Python ints are unbounded; Sparkbook's 64-bit ints must fail loudly rather than wrap.
struct IntegerOverflowTests {
    @Test(arguments: ["10 ** 20", "2 ** 63", "9223372036854775807 + 1", "-9223372036854775807 - 2", "3037000500 * 3037000500", "1 << 64"])
    func overflowIsAnError(_ expression: String) async {
        #expect(await ScriptHarness.failure("x = \(expression)")?.exceptionName == "OverflowError")
    }

    @Test func largeButFittingResultsAreExact() async throws {
        #expect(try await ScriptHarness.stdout("print(2 ** 62, (-1) ** 7, (-2) ** 63 if False else 0, 3 ** 39, 1 << 62, -8 >> 70)")
                == "4611686018427387904 -1 0 4052555153018976267 4611686018427387904 -1\n")
    }

    /// `"a" * 10**12` once ended the process asking for a terabyte; Python raises `MemoryError` (no message), and
    /// the session keeps its variables.
    @Test(arguments: ["'a' * 10**12", "10**12 * 'a'", "[0] * 10**12", "10**12 * [0]", "[1, 2] * (2**62)",
                      "'{:>1000000000000}'.format(1)", "f'{1:>1000000000000}'", "'%1000000000000d' % 1"])
    func hugeObjectsRaiseMemoryError(source: String) async throws {
        let harness = ScriptHarness()
        try await harness.run("kept = 41")
        let failure = await ScriptHarness.failure(source, harness: harness)
        #expect(failure?.exceptionName == "MemoryError")
        #expect(failure?.message == "")
        #expect(failure?.rendered.contains("MemoryError\n") == true)
        #expect(try await harness.run("kept + 1") == .int(42))
    }
}
