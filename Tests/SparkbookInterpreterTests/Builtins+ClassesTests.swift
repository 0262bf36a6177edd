import Testing
@testable import SparkbookInterpreter

/// `type`, `isinstance` and `Row(...)`, compared with CPython and PySpark.
struct BuiltinsClassesTests {
    @Test(arguments: [
        ("print(type(1).__name__, type('s'), type(1) == int, type(1.5) is float, type(None).__name__)", "int <class 'str'> True True NoneType\n"),
        ("print(isinstance(True, int), isinstance(1.5, (int, float)), isinstance(1, float), isinstance([], list))", "True True False True\n"),
        ("from pyspark.sql.types import IntegerType, LongType\nprint(isinstance(IntegerType(), IntegerType), isinstance(IntegerType(), LongType))", "True False\n"),
        ("from pyspark.sql import Row\nr = Row(b=1, a='x')\nprint(r, isinstance(r, Row), isinstance(r, tuple), 'a' in r, 'x' in r)", "Row(b=1, a='x') True True True False\n"),
        ("print(type(3)('7') + 1, int.__name__)", "8 int\n"),
    ])
    func behavesAsPython(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test func isinstanceNeedsAClass() async {
        let error = await ScriptHarness.failure("isinstance(1, 2)")
        #expect(error?.message == "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    @Test func positionalRowIsRefusedClearly() async {
        let error = await ScriptHarness.failure("from pyspark.sql import Row\nRow('a', 'b')")
        #expect(error?.exceptionName == "NotImplementedError")
    }

    @Test func methodTakenFromABuiltinClassIsRefusedClearly() async {
        let error = await ScriptHarness.failure("sorted(['b', 'A'], key=str.lower)")
        #expect(error?.exceptionName == "NotImplementedError")
        #expect(error?.message.contains("str.lower") == true)
    }
}
