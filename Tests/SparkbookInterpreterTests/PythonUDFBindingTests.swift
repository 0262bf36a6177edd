import Foundation
import Synchronization
import Testing
import SparkbookDataFrame
import SparkbookEngine
@testable import SparkbookInterpreter

/// The UDF forms PySpark has reach the session's function registry with the function's source, its place and
/// the globals it reads; a stand-in runner plays the Python worker (plugins/python's own tests run the real one).
struct PythonUDFBindingTests {
    /// Records each UDF it is given and evaluates it as "the length of the first argument's text".
    final class RecordingRunner: PythonUDFRunner {
        let seen = Mutex<[PythonUDFDefinition]>([])

        func function(for udf: PythonUDFDefinition) throws -> any ScalarFunction {
            seen.withLock { $0.append(udf) }
            return LengthFunction(name: udf.name, result: udf.returnType, tag: udf.source.count)
        }
    }

    struct LengthFunction: ScalarFunction {
        let name: String
        let result: DataType
        let tag: Int
        var arity: ClosedRange<Int> { 0...255 }
        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            FunctionSignature(inputs: argumentTypes, result: result)
        }
        func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature, context: FunctionContext) throws -> ColumnVector {
            var builder = ColumnBuilder(type: .long)
            for _ in 0..<rowCount { builder.append(.long(Int64(tag))) }
            return builder.finish()
        }
        func generatedName(_ arguments: [String]) -> String { "\(FunctionRegistry.shownName(name))(\(arguments.joined(separator: ", ")))" }
    }

    func harness(runner: RecordingRunner?) -> ScriptHarness {
        let harness = ScriptHarness()
        harness.interpreter.context.pythonUDFs = runner
        return harness
    }

    static let setup = """
        from pyspark.sql import SparkSession, functions as F
        from pyspark.sql.functions import udf
        from pyspark.sql.types import LongType
        import math
        spark = SparkSession.builder.getOrCreate()
        LIMIT = 10
        df = spark.createDataFrame([("a",), ("bb",)], "s string")

        """

    @Test func eachFormSendsItsSourceAndPlace() async throws {
        let runner = RecordingRunner()
        let h = harness(runner: runner)
        try await h.run(Self.setup + """
            @udf(returnType=LongType())
            def size(s):
                return min(len(s), LIMIT)
            shout = F.udf(lambda s: s.upper())
            df.select(size("s"), shout(F.col("s")), F.udf(lambda s: 1, "long")("s")).show()
            """)
        let seen = runner.seen.withLock { $0 }
        #expect(seen.map(\.kind) == [.function, .lambda, .lambda])
        #expect(seen[0].source == "@udf(returnType=LongType())\ndef size(s):\n    return min(len(s), LIMIT)\n")
        #expect(seen[0].line == 8)
        #expect(seen[0].file == "cell.py")
        #expect(seen[0].returnType == .long && seen[1].returnType == .string)
        #expect(seen[1].source == "lambda s: s.upper()")
        #expect(seen[0].globalsJSON.contains("\"LIMIT\": 10"))
        #expect(seen[0].modules["math"] == "math")
        // Two lambdas share `<lambda>` as a name, but not a registry entry; both columns are named as PySpark names them.
        #expect(h.sink.stdout.hasPrefix("+-------+-----------+-----------+\n|size(s)|<lambda>(s)|<lambda>(s)|\n"))
        #expect(h.sink.stdout.contains("|     71|         19|         11|"))
    }

    @Test func aRegisteredUDFIsCalledFromSQLAndExpr() async throws {
        let runner = RecordingRunner()
        let h = harness(runner: runner)
        try await h.run(Self.setup + """
            spark.udf.register("tag", lambda s: 0, LongType())
            df.createOrReplaceTempView("t")
            spark.sql("SELECT tag(s) AS n FROM t").show()
            df.selectExpr("tag(s) + 1 AS m").show()
            df.select(F.call_udf("tag", "s")).show()
            """)
        #expect(h.sink.stdout.contains("|  n|\n+---+\n| 11|"))
        #expect(h.sink.stdout.contains("|  m|\n+---+\n| 12|"))
        #expect(h.sink.stdout.contains("|tag(s)|"))
        #expect(runner.seen.withLock { $0.map(\.name) } == ["tag"])
    }

    @Test func withoutTheWorkerTheErrorNamesTheCommand() async throws {
        let failure = await ScriptHarness.failure(Self.setup + "F.udf(lambda s: s)('s')", harness: harness(runner: nil))
        #expect(failure?.message.contains("make python-worker") == true)
    }
}
