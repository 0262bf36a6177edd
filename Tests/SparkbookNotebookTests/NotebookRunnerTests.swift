import Foundation
import SparkbookInterpreter
import SparkbookPlugins
import Testing
@testable import SparkbookNotebook

/// Headless runs as papermill would do them: outputs per cell, errors that stop the run, parameters,
/// skipped cells, execution counts, and the executed notebook saved after every cell.
struct NotebookRunnerTests {
    static let seedTable = """
        ┌──────────┬─────────────────────┬─────────┬─────────┬────────┐
        │ event_id │ event_time          │ country │ device  │ amount │
        ├──────────┼─────────────────────┼─────────┼─────────┼────────┤
        │        1 │ 2024-09-28 09:54:21 │ US      │ mobile  │ 165.32 │
        │        2 │ 2024-11-13 18:30:55 │ US      │ tablet  │  13.58 │
        │        3 │ 2024-03-15 23:51:27 │ DE      │ desktop │  22.37 │
        │        4 │ 2024-03-15 10:58:26 │ US      │ desktop │  17.71 │
        │        5 │ 2024-12-16 09:08:41 │ US      │ desktop │  95.84 │
        └──────────┴─────────────────────┴─────────┴─────────┴────────┘
        5 rows
        """

    @Test func theSeedNotebookGivesTheTableAndTheCount() async throws {
        let notebook = try NotebookFile.read(from: RunnerHarness.seedNotebook).notebook
        let result = try await RunnerHarness.run(notebook, path: "dynamic_allocation.ipynb")
        #expect(result.succeeded)
        let outputs = RunnerHarness.codeOutputs(result.notebook)
        #expect(outputs.count == 4)
        #expect(outputs[0].isEmpty && outputs[1].isEmpty)
        guard case .displayData(let table, _)? = outputs[2].first, outputs[2].count == 1 else {
            Issue.record("cell 3 should display one table: \(outputs[2])"); return
        }
        #expect(table["text/plain"] == .text(Self.seedTable))
        #expect(table["text/html"] != nil)
        #expect(outputs[3] == [.executeResult(executionCount: 4, data: MimeBundle(["text/plain": "100"]), metadata: [:])])
        #expect(result.notebook.codeCells.map(\.cell.executionCount) == [1, 2, 3, 4])
    }

    @Test func theSeedGivesIdenticalOutputsInAllThreeFormats() async throws {
        let ipynb = try NotebookFile.read(from: RunnerHarness.seedNotebook)
        let percent = try NotebookFile.read(from: FixtureFiles.url("seed_percent.py"))
        let databricks = try NotebookFile.read(from: FixtureFiles.url("seed_databricks.py"))
        #expect(ipynb.format == .ipynb && percent.format == .percentPython && databricks.format == .databricksPython)
        var all: [[[CellOutput]]] = []
        for notebook in [ipynb.notebook, percent.notebook, databricks.notebook] {
            let result = try await RunnerHarness.run(notebook)
            #expect(result.succeeded)
            all.append(RunnerHarness.codeOutputs(result.notebook).filter { !$0.isEmpty })
        }
        #expect(all[0].count == 2)
        #expect(all[1] == all[0])
        #expect(all[2] == all[0])
    }

    @Test func aFailingCellStopsTheRunAndKeepsEarlierOutputs() async throws {
        let notebook = RunnerHarness.notebook(["print('a')", "x = 1\ny = undefined_nme + x", "print('c')"])
        let result = try await RunnerHarness.run(notebook, path: "nb.ipynb")
        #expect(result.failedCell == 1)
        #expect(!result.succeeded)
        let cells = result.notebook.cells
        #expect(cells[0].outputs == [.stdout("a\n")])
        #expect(cells[1].outputs == [.error(ename: "NameError", evalue: "name 'undefined_nme' is not defined", traceback: [
            "nb.ipynb:2:2:5: error: NameError: name 'undefined_nme' is not defined",
            "y = undefined_nme + x",
            "    ^~~~~~~~~~~~~",
        ])])
        #expect(cells[2].outputs.isEmpty)
        #expect(cells.map(\.executionCount) == [1, 2, nil])
        #expect(result.notebook.metadata["papermill"]?.objectValue?["exception"] == .bool(true))
    }

    @Test func errorsInAnIpynbCellNameTheLineWithinTheCellNotTheJSONFileLine() async throws {
        let text = #"""
            {
             "cells": [
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "a",
               "metadata": {},
               "outputs": [],
               "source": ["x = 1\n", "print(x)"]
              },
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "b",
               "metadata": {},
               "outputs": [],
               "source": ["y = undefined_nme"]
              }
             ],
             "metadata": {},
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """#
        let notebook = try IpynbReader.read(Data(text.utf8), path: "nb.ipynb")
        let result = try await RunnerHarness.run(notebook, path: "nb.ipynb")
        guard case .error(_, _, let traceback) = result.notebook.cells[1].outputs.first else {
            Issue.record("expected an error output")
            return
        }
        #expect(traceback.first == "nb.ipynb:2:1:5: error: NameError: name 'undefined_nme' is not defined")
    }

    @Test func printedOutputBeforeAnErrorInTheSameCellIsKept() async throws {
        let result = try await RunnerHarness.run(RunnerHarness.notebook(["print('before')\n1 / 0"]))
        #expect(result.notebook.cells[0].outputs.count == 2)
        #expect(result.notebook.cells[0].outputs.first == .stdout("before\n"))
        guard case .error(let ename, let evalue, _)? = result.notebook.cells[0].outputs.last else {
            Issue.record("the error follows the printed text"); return
        }
        #expect(ename == "ZeroDivisionError" && evalue == "division by zero")
    }

    @Test func allowErrorsRunsLaterCells() async throws {
        let notebook = RunnerHarness.notebook(["print('a')", "nope()", "print('c')", "1 +"])
        let result = try await RunnerHarness.run(notebook, options: RunnerHarness.options { $0.allowErrors = true })
        #expect(result.failedCell == 1)
        let cells = result.notebook.cells
        #expect(cells[2].outputs == [.stdout("c\n")])
        #expect(cells.map(\.executionCount) == [1, 2, 3, 4])
        #expect(cells[3].outputs.first?.isError == true)
    }

    @Test func skipExecutionCellsAreNotRunAndNotCounted() async throws {
        var notebook = RunnerHarness.notebook(["print(1)", "print('skipped')", "print(3)"])
        notebook.cells[1].tags = ["skip-execution"]
        notebook.cells.insert(.markdown("# title"), at: 0)
        let observer = RecordingObserver()
        let result = try await RunnerHarness.run(notebook, observer: observer)
        #expect(result.notebook.cells.map(\.executionCount) == [nil, 1, nil, 2])
        #expect(result.notebook.cells[2].outputs.isEmpty)
        #expect(result.notebook.cells[3].outputs == [.stdout("3\n")])
        #expect(observer.events == ["run 2", "start 2 1/2", "finish 2", "start 4 2/2", "finish 4"])
    }

    @Test func parametersAreInjectedAfterTheParametersCell() async throws {
        var notebook = RunnerHarness.notebook(["n = 1\nlabel = 'default'", "print(n * 2, label)"])
        notebook.cells[0].tags = ["parameters"]
        let options = RunnerHarness.options { $0.parameters = [.typed("n", "21"), .typed("label", "run one")] }
        let result = try await RunnerHarness.run(notebook, options: options)
        let cells = result.notebook.cells
        #expect(cells.count == 3)
        #expect(cells[1].tags == ["injected-parameters"])
        #expect(cells[1].source == "# Parameters\nn = 21\nlabel = \"run one\"\n")
        #expect(cells[2].outputs == [.stdout("42 run one\n")])
        #expect(cells.map(\.executionCount) == [1, 2, 3])
    }

    @Test func theOutputNotebookIsSavedAfterEveryCell() async throws {
        let folder = try FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.ipynb")
        let observer = RecordingObserver()
        var savedCountsAtEachStart: [[Int?]] = []
        observer.onCellStarted = { _ in
            let saved = try? NotebookFile.read(from: output).notebook
            savedCountsAtEachStart.append(saved?.cells.map(\.executionCount) ?? [])
        }
        let notebook = RunnerHarness.notebook(["print(1)", "print(2)", "print(3)"])
        let result = try await RunnerHarness.run(notebook, options: RunnerHarness.options { $0.outputURL = output },
                                                 observer: observer)
        #expect(savedCountsAtEachStart == [[nil, nil, nil], [1, nil, nil], [1, 2, nil]])
        let final = try NotebookFile.read(from: output).notebook
        #expect(RunnerHarness.codeOutputs(final) == [[.stdout("1\n")], [.stdout("2\n")], [.stdout("3\n")]])
        #expect(final.cells.map(\.executionCount) == [1, 2, 3])
        #expect(result.notebook.cells.map(\.outputs) == final.cells.map(\.outputs))
    }

    @Test func theOutputNeverOverwritesTheInput() async throws {
        let folder = try FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.ipynb")
        let notebook = RunnerHarness.notebook(["print(1)"])
        try NotebookFile.write(notebook, to: input)
        let before = try Data(contentsOf: input)
        await #expect(throws: AtomicWriteError.self) {
            _ = try await RunnerHarness.run(notebook, inputURL: input, options: RunnerHarness.options { $0.outputURL = input })
        }
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func liveOutputsReachTheObserverInOrder() async throws {
        let observer = RecordingObserver()
        _ = try await RunnerHarness.run(RunnerHarness.notebook(["print('x')\ndisplay([1])\n7"]), observer: observer)
        #expect(observer.outputs == [.stream(.stdout, "x\n"), .display(RichOutput(plain: "[1]")),
                                     .result(RichOutput(plain: "7"), executionCount: 1)])
    }

    @Test func sessionNoticesAreForwardedToTheObserver() async throws {
        let observer = RecordingObserver()
        let source = "spark = SparkSession.builder.master('local[2]').config('spark.dynamicAllocation.enabled', 'true').getOrCreate()"
        _ = try await RunnerHarness.run(RunnerHarness.notebook(["from pyspark.sql import SparkSession", source]), observer: observer)
        #expect(observer.events.contains { $0.hasPrefix("notice Dynamic allocation is ignored with master local[2]") })
    }

    @Test func anUnknownCellLanguageFailsWithTheInstalledKinds() async throws {
        let result = try await RunnerHarness.run(RunnerHarness.notebook(["%sh\nls"]))
        guard case .error(let ename, let evalue, _)? = result.notebook.cells[0].outputs.first else {
            Issue.record("a %sh cell should fail"); return
        }
        #expect(ename == "NotImplementedError")
        #expect(evalue == "`%sh` cells are not supported; the cell kinds installed are python, sql")
    }

    /// `%sql` cells in every spelling run their statements in order and display the last result as display()
    /// shows a DataFrame (text and HTML); a failing statement fails the cell as any error does.
    @Test func sqlCellsRunTheirStatementsAndDisplayTheLastResult() async throws {
        let notebook = RunnerHarness.notebook([
            "spark.range(3).createOrReplaceTempView('t')",
            "%%sql\nCREATE OR REPLACE TEMP VIEW d AS SELECT id * 2 AS d FROM t;\nSELECT * FROM d WHERE d > 0",
            "%sql SELECT count(*) AS n FROM d",
            "%sql\nCREATE OR REPLACE TEMP VIEW e AS SELECT 1 AS x",
            "%sql\nSELECT nope FROM d",
        ])
        let result = try await RunnerHarness.run(notebook)
        let outputs = RunnerHarness.codeOutputs(result.notebook)
        guard case .displayData(let table, _)? = outputs[1].first, outputs[1].count == 1 else {
            Issue.record("the %%sql cell should display one table: \(outputs[1])"); return
        }
        #expect(table["text/plain"] == .text("┌───┐\n│ d │\n├───┤\n│ 2 │\n│ 4 │\n└───┘\n2 rows"))
        #expect(table["text/html"] != nil)
        guard case .displayData(let count, _)? = outputs[2].first else { Issue.record("no count: \(outputs[2])"); return }
        #expect(count["text/plain"] == .text("┌───┐\n│ n │\n├───┤\n│ 3 │\n└───┘\n1 row"))
        #expect(outputs[3].isEmpty)
        guard case .error(let ename, _, _)? = outputs[4].first else { Issue.record("no error: \(outputs[4])"); return }
        #expect(ename == "AnalysisException")
        #expect(result.failedCell == 4)
    }
}
