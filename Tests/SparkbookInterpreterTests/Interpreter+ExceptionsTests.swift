import Testing
@testable import SparkbookInterpreter

/// `try`/`except`/`else`/`finally` and `raise`, with Python's exception classes and PySpark's; outputs checked
/// against CPython 3 and PySpark 4.3.
struct InterpreterExceptionsTests {
    @Test func handlersElseAndFinally() async throws {
        let source = """
            def parse(s):
                try:
                    return int(s)
                except ValueError as e:
                    print("bad:", e)
                    return None
                finally:
                    print("done", s)
            print(parse("12"), parse("x"))
            try:
                [1][5]
            except (KeyError, IndexError) as e:
                print(type(e).__name__, repr(e), e.args)
            try:
                raise ValueError("a", 2)
            except Exception as e:
                print(str(e), repr(e))
            try:
                try:
                    1 / 0
                except ZeroDivisionError:
                    raise
            except ArithmeticError as e:
                print("outer", type(e).__name__, e)
            try:
                pass
            except Exception:
                print("no")
            else:
                print("else ran")
            def loop():
                for i in range(3):
                    try:
                        if i == 1:
                            return i
                    finally:
                        print("finally", i)
            print(loop())
            try:
                raise KeyError
            except LookupError as e:
                print(repr(e), isinstance(e, KeyError), isinstance(e, Exception))
            try:
                raise TypeError("t") from ValueError("v")
            except TypeError as e:
                print(e)
            try:
                undefined_name
            except NameError as e:
                print(e)
            """
        #expect(try await ScriptHarness.stdout(source) == """
            done 12
            bad: invalid literal for int() with base 10: 'x'
            done x
            12 None
            IndexError IndexError('list index out of range') ('list index out of range',)
            ('a', 2) ValueError('a', 2)
            outer ZeroDivisionError division by zero
            else ran
            finally 0
            finally 1
            1
            KeyError() True True
            t
            name 'undefined_name' is not defined

            """)
    }

    @Test func anAnalysisErrorIsCaughtAsPySparksClass() async throws {
        let source = """
            from pyspark.errors import AnalysisException, PySparkException
            df = spark.range(1)
            try:
                df.select("nope").collect()
            except AnalysisException as e:
                print(e.getErrorClass(), isinstance(e, PySparkException), str(e)[:40])
            """
        #expect(try await ScriptHarness.stdout(source)
                == "UNRESOLVED_COLUMN.WITH_SUGGESTION True [UNRESOLVED_COLUMN.WITH_SUGGESTION] A co\n")
    }

    @Test func anUncaughtRaiseStopsTheCellAtTheRaise() async {
        let error = await ScriptHarness.failure("x = 1\nraise ValueError('bad value')")
        #expect(error?.exceptionName == "ValueError")
        #expect(error?.rendered.hasPrefix("cell.py:2:1: error: ValueError: bad value") == true)
    }

    @Test func aHandlerThatDoesNotMatchLetsTheErrorThrough() async {
        let error = await ScriptHarness.failure("try:\n    1 / 0\nexcept KeyError:\n    pass")
        #expect(error?.exceptionName == "ZeroDivisionError")
    }

    @Test func aBareRaiseOutsideAHandler() async {
        let error = await ScriptHarness.failure("raise")
        #expect(error?.message == "No active exception to reraise")
    }

    @Test func raisingANonException() async {
        let error = await ScriptHarness.failure("raise 1")
        #expect(error?.message == "exceptions must derive from BaseException")
    }
}
