import SparkbookEngine
import SparkbookSyntax
import Testing
@testable import SparkbookInterpreter

/// What the user reads when a cell fails: the exception name, its message and the caret diagnostic.
struct ErrorPresentationTests {
    @Test func nameErrorSuggestsTheClosestDefinedName() async {
        let error = await ScriptHarness.failure("total = 1\nprint(totl)")
        #expect(error?.exceptionName == "NameError")
        #expect(error?.message == "name 'totl' is not defined")
        #expect(error?.rendered == """
            cell.py:2:7: error: NameError: name 'totl' is not defined
            print(totl)
                  ^~~~
            help: did you mean 'total'?
            """)
    }

    @Test func misspelledStringMethodIsAnAttributeErrorWithDidYouMean() async {
        let error = await ScriptHarness.failure("s = 'abc'\ns.uper()")
        #expect(error?.exceptionName == "AttributeError")
        #expect(error?.message == "'str' object has no attribute 'uper'")
        #expect(error?.rendered == """
            cell.py:2:3: error: AttributeError: 'str' object has no attribute 'uper'
            s.uper()
              ^~~~
            help: did you mean `upper`?
            """)
    }

    @Test func misspelledDataFrameMethodIsPySparkAttributeError() async throws {
        let harness = ScriptHarness()
        try await harness.run(ScriptHarness.seedCells[0])
        try await harness.run(ScriptHarness.seedCells[1])
        try await harness.run("events_df = spark.read.option('header', 'true').csv('data/big_events_50k.csv')")
        let source = "agg_df = events_df.gropuBy('country').count()"
        let error = await ScriptHarness.failure(source, harness: harness)
        #expect(error?.exceptionName == "PySparkAttributeError")
        #expect(error?.message == "[ATTRIBUTE_NOT_SUPPORTED] Attribute `gropuBy` is not supported.")
        #expect(error?.rendered == """
            cell.py:1:20: error: PySparkAttributeError: [ATTRIBUTE_NOT_SUPPORTED] Attribute `gropuBy` is not supported.
            agg_df = events_df.gropuBy('country').count()
                               ^~~~~~~
            help: did you mean `groupBy`?
            """)
    }

    @Test func anUnresolvedColumnIsAnAnalysisExceptionAtTheCall() async throws {
        let harness = ScriptHarness()
        try await harness.run("df = spark.read.option('header', 'true').option('inferSchema', 'true').csv('data/big_events_50k.csv')")
        let error = await ScriptHarness.failure("df.select('amout')", harness: harness)
        #expect(error?.exceptionName == "AnalysisException")
        #expect(error?.message == "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column, variable, or function parameter with name `amout` cannot be resolved. Did you mean one of the following? [`amount`, `country`, `device`, `event_id`, `event_time`]. SQLSTATE: 42703")
        #expect(error?.rendered.hasPrefix("cell.py:1:1: error: AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION]") == true)
    }

    @Test func aMissingFileIsPathNotFound() async {
        let error = await ScriptHarness.failure("spark.read.csv('/no/such/file.csv')")
        #expect(error?.exceptionName == "AnalysisException")
        #expect(error?.message == "[PATH_NOT_FOUND] Path does not exist: file:/no/such/file.csv. SQLSTATE: 42K03")
    }

    @Test func aBuiltinAsAUDFSaysToWrapIt() async {
        let error = await ScriptHarness.failure("from pyspark.sql import functions as F\nf = F.udf(len)")
        #expect(error?.exceptionName == "PySparkTypeError")
        #expect(error?.message == "Sparkbook sends a UDF's source to the Python worker, and the built-in len has none: "
                + "wrap it in a lambda, F.udf(lambda x: len(x), returnType)")
    }

    @Test func aSyntaxErrorIsReportedAsSuch() async {
        let error = await ScriptHarness.failure("x = (1, 2")
        #expect(error?.exceptionName == "SyntaxError")
    }

    @Test func aSparkErrorWithoutAPlaceRendersItsText() {
        let file = SourceFile(path: "n.py", text: "x")
        let presentation = ErrorPresentation(SparkError(.execution, errorClass: "X", message: "boom"), in: file, color: false)
        #expect(presentation.exceptionName == "SparkRuntimeException")
        #expect(presentation.message == "[X] boom")
        #expect(presentation.rendered.contains("SparkRuntimeException: [X] boom"))
    }

    @Test func colourAddsEscapesOnlyWhenAsked() async {
        let source = "print(nope)"
        let harness = ScriptHarness()
        do {
            try await harness.run(source)
            Issue.record("should fail")
        } catch {
            let file = SourceFile(path: "cell.py", text: source)
            #expect(ErrorPresentation(error, in: file, color: true).rendered.contains("\u{1B}["))
            #expect(!ErrorPresentation(error, in: file, color: false).rendered.contains("\u{1B}["))
        }
    }
}
