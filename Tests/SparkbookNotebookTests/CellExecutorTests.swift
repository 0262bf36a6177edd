import Foundation
import SparkbookInterpreter
import SparkbookPlugins
import Testing
@testable import SparkbookNotebook

/// The runner's seam: whatever executes a cell (the embedded interpreter or a real Spark driver), the runner
/// records its streams, displays, value and error on the cell the same way and stops on the first error.
struct CellExecutorTests {
    /// Plays back a fixed answer per cell and remembers what it was asked.
    final class ScriptedExecutor: CellExecutor {
        var asked: [(text: String, language: String?, cell: Int?)] = []
        var answer: (CellSource, any OutputSink) -> CellExecution

        init(answer: @escaping (CellSource, any OutputSink) -> CellExecution) {
            self.answer = answer
        }

        func execute(_ source: CellSource, language: String?, sink: any OutputSink) async -> CellExecution {
            asked.append((source.text, language, source.cellNumber))
            return answer(source, sink)
        }

        func drainNotices() -> [String] { [] }
    }

    @Test func outputsFromAnotherEngineAreRecordedAsTheEmbeddedOnesAre() async throws {
        let executor = ScriptedExecutor { source, sink in
            sink.write("a\n", to: .stdout)
            sink.write("b\n", to: .stdout)
            sink.display(RichOutput(plain: "table", html: "<table/>"))
            return source.text == "last" ? .completed(RichOutput(plain: "42")) : .completed(nil)
        }
        let notebook = RunnerHarness.notebook(["first", "%sql\nSELECT 1", "last"])
        let result = try await NotebookRunner(registry: .standard(), options: RunnerHarness.options(), executor: executor)
            .run(notebook, path: "t.ipynb", inputURL: nil, observer: nil)
        #expect(result.succeeded)
        #expect(executor.asked.map(\.language) == [nil, "sql", nil])
        #expect(executor.asked.map(\.text) == ["first", "SELECT 1", "last"])
        let outputs = RunnerHarness.codeOutputs(result.notebook)
        #expect(outputs[0] == [.stream(name: "stdout", text: "a\nb\n"),
                               .displayData(data: MimeBundle(["text/html": "<table/>", "text/plain": "table"]), metadata: [:])])
        #expect(outputs[2].last == .executeResult(executionCount: 3, data: MimeBundle(["text/plain": "42"]), metadata: [:]))
    }

    @Test func aFailureIsRecordedAndStopsTheRun() async throws {
        let executor = ScriptedExecutor { source, _ in
            source.text == "boom"
                ? .failed(CellFailure(ename: "ZeroDivisionError", evalue: "division by zero",
                                      traceback: ["Traceback (most recent call last):", "ZeroDivisionError: division by zero"]))
                : .completed(nil)
        }
        let notebook = RunnerHarness.notebook(["ok", "boom", "never"])
        let observer = RecordingObserver()
        let result = try await NotebookRunner(registry: .standard(), options: RunnerHarness.options(), executor: executor)
            .run(notebook, path: "t.ipynb", inputURL: nil, observer: observer)
        #expect(result.failedCell == 1)
        #expect(executor.asked.count == 2)
        #expect(RunnerHarness.codeOutputs(result.notebook)[1] == [
            .error(ename: "ZeroDivisionError", evalue: "division by zero",
                   traceback: ["Traceback (most recent call last):", "ZeroDivisionError: division by zero"])])
        #expect(observer.outputs.last == .error("Traceback (most recent call last):\nZeroDivisionError: division by zero"))
    }

    @Test func theEmbeddedExecutorIsTheDefault() async throws {
        let runner = NotebookRunner(registry: .standard(), options: RunnerHarness.options())
        #expect(runner.executor is InterpreterCellExecutor)
        let result = try await runner.run(RunnerHarness.notebook(["print(1 + 1)"]), path: "t.ipynb", inputURL: nil, observer: nil)
        #expect(RunnerHarness.codeOutputs(result.notebook)[0] == [.stream(name: "stdout", text: "2\n")])
    }
}
