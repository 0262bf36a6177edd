import Testing
@testable import SparkbookInterpreter

/// `def` and `lambda` in cells: defaults, `*args`/`**kwargs`, keyword-only parameters, closures with `nonlocal`
/// and `global`, recursion, functions as values; outputs checked against CPython 3.
struct InterpreterFunctionsTests {
    @Test func definitionsAndCalls() async throws {
        let source = """
            def add(a, b=10, *rest, scale=1, **opts):
                \"\"\"Adds.\"\"\"
                return (a + b + sum(rest)) * scale, sorted(opts)
            print(add(1), add(1, 2, 3, 4, scale=2, z=1, y=2), add.__name__, add.__doc__)
            def fact(n):
                return 1 if n <= 1 else n * fact(n - 1)
            print(fact(10))
            def noop(): pass
            print(noop())
            """
        #expect(try await ScriptHarness.stdout(source) == "(11, []) (20, ['y', 'z']) add Adds.\n3628800\nNone\n")
    }

    @Test func closuresNonlocalAndGlobal() async throws {
        let source = """
            def counter():
                count = 0
                def inc(step=1):
                    nonlocal count
                    count += step
                    return count
                return inc
            c = counter()
            c(); c(5)
            print(c())
            total = 0
            def bump():
                global total
                total += 1
            bump(); bump()
            print(total)
            fs = [lambda x, i=i: x + i for i in range(3)]
            print([f(10) for f in fs])
            """
        #expect(try await ScriptHarness.stdout(source) == "7\n2\n[10, 11, 12]\n")
    }

    @Test func functionsAsValues() async throws {
        let source = """
            square = lambda x: x * x
            print(list(map(square, [1, 2, 3])), sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(filter(lambda x: x % 2, range(6))))
            """
        #expect(try await ScriptHarness.stdout(source) == "[1, 4, 9] ['ccc', 'bb', 'a'] [1, 3, 5]\n")
    }

    @Test(arguments: [
        ("f(1)", "f() missing 1 required positional argument: 'b'"),
        ("f(1, 2, 3)", "f() takes 2 positional arguments but 3 were given"),
        ("f(1, c=2)", "f() got an unexpected keyword argument 'c'"),
        ("f(1, a=2)", "f() got multiple values for argument 'a'"),
        ("f()", "f() missing 2 required positional arguments: 'a' and 'b'"),
        ("g()", "g() missing 1 required keyword-only argument: 'k'"),
        ("h(1, 2, 3)", "h() takes from 1 to 2 positional arguments but 3 were given"),
    ])
    func pythonsArityErrors(call: String, message: String) async {
        let error = await ScriptHarness.failure("def f(a, b): return a\ndef g(*, k): return k\ndef h(a, b=1): return a\n\(call)")
        #expect(error?.exceptionName == "TypeError")
        #expect(error?.message == message)
    }

    @Test func readingALocalBeforeItsAssignment() async {
        let error = await ScriptHarness.failure("x = 1\ndef u():\n    print(x)\n    x = 2\nu()")
        #expect(error?.exceptionName == "UnboundLocalError")
        #expect(error?.message == "cannot access local variable 'x' where it is not associated with a value")
    }

    @Test func unboundedRecursionIsARecursionError() async {
        let error = await ScriptHarness.failure("def f(n):\n    return f(n + 1)\nf(0)")
        #expect(error?.exceptionName == "RecursionError")
    }

    @Test func anErrorInAFunctionFromAnotherCellIsShownAtTheCall() async throws {
        let harness = ScriptHarness()
        try await harness.run("def boom():\n    return 1 / 0")
        let error = await ScriptHarness.failure("x = 1\ny = boom()", harness: harness)
        #expect(error?.rendered.hasPrefix("cell.py:2:5: error: ZeroDivisionError: division by zero") == true)
    }

    @Test func aFunctionsReprNamesIt() async throws {
        let out = try await ScriptHarness.stdout("def f(): pass\nprint(f, lambda: 1)")
        #expect(out.hasPrefix("<function f at 0x"))
        #expect(out.contains("<function <lambda> at 0x"))
    }

    @Test func dataFrameTransformCallsTheFunction() async throws {
        let source = """
            from pyspark.sql import functions as sf
            df = spark.createDataFrame([(1, 1.0), (2, 2.0)], ["int", "float"])
            def add_n(input_df, n):
                return input_df.select([(sf.col(c) + n).alias(c) for c in input_df.columns])
            df.transform(add_n, 1).transform(add_n, n=10).show()
            """
        #expect(try await ScriptHarness.stdout(source) == """
            +---+-----+
            |int|float|
            +---+-----+
            | 12| 12.0|
            | 13| 13.0|
            +---+-----+


            """)
    }

    @Test func withoutThePythonWorkerAUDFSaysWhichCommandMakesIt() async {
        let error = await ScriptHarness.failure("from pyspark.sql.functions import udf\n@udf\ndef f(x):\n    return x\nf('a')")
        #expect(error?.exceptionName == "RuntimeError")
        #expect(error?.message.hasPrefix("Python UDFs run in Sparkbook's Python worker plugin (plugins/python), which is not installed: run `make python-worker`") == true)
        let register = await ScriptHarness.failure("spark.udf.register('f', lambda x: x)")
        #expect(register?.exceptionName == "RuntimeError")
    }
}
