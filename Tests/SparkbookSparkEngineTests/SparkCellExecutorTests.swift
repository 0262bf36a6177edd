import Foundation
import SparkbookDataFrame
import SparkbookInterpreter
import SparkbookPlugins
import Testing
@testable import SparkbookNotebook
@testable import SparkbookSparkEngine

/// The executor against its real driver program on a PySpark stand-in: prints streamed per cell, one namespace
/// across cells, the last expression as the value, Python's errors, display() of plain values, and the table
/// drawn exactly as the embedded engine draws it.
struct SparkCellExecutorTests {
    final class Sink: OutputSink {
        var events: [String] = []
        func write(_ text: String, to stream: SparkbookInterpreter.OutputStream) { events.append("\(stream.rawValue): \(text)") }
        func display(_ output: RichOutput) { events.append("display: \(output.plain)") }
    }

    func source(_ text: String, cell: Int) -> CellSource {
        CellSource(text: text, path: "nb.ipynb", cellNumber: cell)
    }

    @Test func cellsRunInOneNamespaceWithTheirOutputs() async throws {
        guard let python = FakeSpark.python else { return }
        let folder = try FakeSpark.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let executor = try await FakeSpark.executor(python: python, folder: folder)
        #expect(executor.pysparkVersion == "0.0-fake")
        let sink = Sink()
        #expect(await executor.execute(source("x = 20\nprint('a', end='')\nprint('b')", cell: 1), language: nil, sink: sink)
            == .completed(nil))
        #expect(await executor.execute(source("import sys\nprint('oops', file=sys.stderr)\ndisplay([1, 2])\nx * 2 + 2", cell: 2),
                                       language: nil, sink: sink) == .completed(RichOutput(plain: "42")))
        #expect(sink.events == ["stdout: ab\n", "stderr: oops\n", "display: [1, 2]"])
        guard case .failed(let failure) = await executor.execute(source("def f():\n    return 1 / 0\nf()", cell: 3),
                                                                 language: nil, sink: sink) else {
            Issue.record("1 / 0 fails the cell"); return
        }
        #expect(failure.ename == "ZeroDivisionError" && failure.evalue == "division by zero")
        // The cell's frames only, with their source lines (shown indented; carets depend on Python's version).
        #expect(failure.traceback.filter { !$0.hasPrefix("    ") } == [
            "Traceback (most recent call last):",
            "  File \"nb.ipynb:cell 3\", line 3, in <module>",
            "  File \"nb.ipynb:cell 3\", line 2, in f",
            "ZeroDivisionError: division by zero",
        ])
        #expect(failure.traceback.contains("    return 1 / 0"))
        guard case .failed(let syntax) = await executor.execute(source("1 +", cell: 4), language: nil, sink: sink) else {
            Issue.record("a syntax error fails the cell"); return
        }
        #expect(syntax.ename == "SyntaxError")
        // The namespace survived the errors.
        #expect(await executor.execute(source("x", cell: 5), language: nil, sink: sink) == .completed(RichOutput(plain: "20")))
        // Tab asks the driver: members from the class, no property evaluated.
        let variables = executor.variables()
        #expect(variables["x"]?.methods.contains("bit_length") == true)
        #expect(variables["x"]?.properties.contains("real") == true)
        #expect(variables["x"]?.columns == nil)
        #expect(variables["display"] == nil && variables["sys"] == nil)
        let pid = executor.driver.pid
        await executor.shutdown()
        #expect(kill(pid, 0) != 0)
    }

    @Test func otherCellLanguagesAreRefused() async throws {
        guard let python = FakeSpark.python else { return }
        let folder = try FakeSpark.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let executor = try await FakeSpark.executor(python: python, folder: folder)
        guard case .failed(let failure) = await executor.execute(source("x", cell: 1), language: "scala", sink: Sink()) else {
            Issue.record("expected a refusal"); return
        }
        #expect(failure.ename == "NotImplementedError")
        await executor.shutdown()
    }

    @Test func aDriverThatDiesFailsTheCellWithItsLog() async throws {
        guard let python = FakeSpark.python else { return }
        let folder = try FakeSpark.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let executor = try await FakeSpark.executor(python: python, folder: folder)
        guard case .failed(let failure) = await executor.execute(source("import os\nos._exit(3)", cell: 1), language: nil, sink: Sink()) else {
            Issue.record("expected a failure"); return
        }
        #expect(failure.ename == "SparkDriverError")
        #expect(failure.evalue.contains("status 3"))
        await executor.shutdown()
    }

    @Test func withoutJavaNothingStarts() async throws {
        let settings = SparkDriverSettings(master: nil, remote: nil, properties: [:],
                                           runDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("never"))
        await #expect(throws: SparkEngineError.self) {
            _ = try await SparkCellExecutor(settings: settings, installation: SparkInstallation(python: "python3", origin: "test"),
                                            environment: ["PATH": "/nonexistent"], workingDirectory: URL(fileURLWithPath: "/"))
        }
    }

    @Test func tablesAreDrawnAsTheEmbeddedEngineDrawsThem() {
        let table = DriverTable(columns: ["country", "n", "empty"], rows: [["US", "3", nil], ["DE", "12", nil]],
                                numeric: [false, true, true], total: nil)
        let rendered = SparkCellExecutor.render(table)
        let expected = DisplayTableContent(columnNames: ["country", "n", "empty"],
                                           values: [[.string("US"), .integer(3), .null], [.string("DE"), .integer(12), .null]])
        let formatter = DisplayTableFormatter()
        #expect(rendered == RichOutput(plain: formatter.text(expected), html: formatter.html(expected)))
    }

    /// One driver for many notebooks: `reset` empties the namespace (and the order notes), the driver stays.
    @Test func resetGivesTheNextNotebookAFreshNamespace() async throws {
        guard let python = FakeSpark.python else { return }
        let folder = try FakeSpark.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let executor = try await FakeSpark.executor(python: python, folder: folder)
        let sink = Sink()
        #expect(await executor.execute(source("x = 1", cell: 1), language: nil, sink: sink) == .completed(nil))
        let pid = executor.driver.pid
        #expect(await executor.reset(noteOrder: true))
        #expect(await executor.execute(source("'x' in globals(), callable(display)", cell: 1), language: nil, sink: sink)
            == .completed(RichOutput(plain: "(False, True)")))
        #expect(executor.driver.pid == pid)
        #expect(executor.tableOrders.isEmpty)
        await executor.shutdown()
    }
}
