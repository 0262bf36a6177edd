import Foundation
import SparkbookEngine
import Synchronization
import Testing
@testable import SparkbookInterpreter

/// `display(df, kind=..., ...)` hands the DataFrame's first rows and the other keyword arguments to the display
/// renderer of that kind and shows what it draws; a kind nobody draws is an error naming the installed kinds.
struct BuiltinsDisplayKindsTests {
    /// Records what it was asked and answers a picture naming the rows it got.
    final class RecordingRenderer: DisplayRenderer {
        let kinds = ["bar", "line"]
        let calls = Mutex<[(rows: Int, kind: String, options: [String], truncated: Bool)]>([])

        func render(_ rows: RecordBatch, kind: String, options: [(name: String, value: PyValue)], truncated: Bool,
                    timeZone: String) throws -> RichOutput {
            calls.withLock { $0.append((rows.rowCount, kind, options.map { "\($0.name)=\($0.value.repr)" }, truncated)) }
            return RichOutput(plain: "\(kind) of \(rows.rowCount) rows", media: ["image/svg+xml": "<svg/>"])
        }
    }

    func harness(with renderer: RecordingRenderer?) -> ScriptHarness {
        let harness = ScriptHarness()
        if let renderer { for kind in renderer.kinds { harness.interpreter.displayRenderers[kind] = renderer } }
        return harness
    }

    @Test func theRendererOfTheKindDrawsTheRowsWithTheOtherOptions() async throws {
        let renderer = RecordingRenderer()
        let harness = harness(with: renderer)
        try await harness.run("display(spark.range(5), kind='BAR', x='id', y=['id'], title=None)")
        #expect(harness.sink.events == [.display(RichOutput(plain: "bar of 5 rows", media: ["image/svg+xml": "<svg/>"]))])
        let call = try #require(renderer.calls.withLock { $0.first })
        #expect(call.kind == "bar")
        #expect(call.options == ["x='id'", "y=['id']", "title=None"])
        #expect(call.truncated == false)
    }

    @Test func aRendererGetsAtMostTheFirstTenThousandRows() async throws {
        let renderer = RecordingRenderer()
        let harness = harness(with: renderer)
        try await harness.run("display(spark.range(10001), kind='line')")
        let call = try #require(renderer.calls.withLock { $0.first })
        #expect(call.rows == Builtins.displayRendererRowLimit)
        #expect(call.truncated)
    }

    @Test(arguments: [
        ("display(spark.range(3), kind='histogram')", "ValueError", "display() has no kind 'histogram': the installed kinds are bar, line"),
        ("display(spark.range(3), x='id')", "TypeError", "display() got keyword arguments without kind=; the installed kinds are bar, line"),
        ("display(spark.range(3), kind=1)", "TypeError", "display() kind= must be a string, not int"),
        ("display([1], kind='bar')", "TypeError", "display() with keyword arguments draws one DataFrame: display(df, kind=\"bar\", x=..., y=...)"),
    ])
    func badCallsNameWhatIsWrong(_ source: String, _ ename: String, _ message: String) async {
        let error = await ScriptHarness.failure(source, harness: harness(with: RecordingRenderer()))
        #expect(error?.exceptionName == ename)
        #expect(error?.message == message)
    }

    @Test func withoutARendererTheErrorSaysWhereChartsComeFrom() async {
        let error = await ScriptHarness.failure("display(spark.range(3), kind='bar')", harness: harness(with: nil))
        #expect(error?.message == "display() has no kind 'bar': none are installed (a chart plugin adds them: docs/howto/chart-plugin.md)")
    }
}
