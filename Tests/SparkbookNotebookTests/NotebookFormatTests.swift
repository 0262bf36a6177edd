import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct NotebookFormatTests {
    @Test func detectsFromPathAndContent() {
        #expect(NotebookFormat.detect(path: "a.ipynb") == .ipynb)
        #expect(NotebookFormat.detect(path: "a.py", content: "# Databricks notebook source\nx") == .databricksPython)
        #expect(NotebookFormat.detect(path: "a.py", content: "# %%\nx") == .percentPython)
        #expect(NotebookFormat.detect(path: "a.py") == .percentPython)
        #expect(NotebookFormat.detect(path: "notebook", content: " {\"cells\": []}") == .ipynb)
        #expect(NotebookFormat.detect(path: "notes.txt", content: "hello") == nil)
    }

    /// The seed as .ipynb, as jupytext's percent script and as a Databricks export: same code cells.
    @Test func theThreeSeedFixturesHaveTheSameCodeCells() throws {
        let ipynb = try FixtureFiles.notebook("seed.ipynb")
        let percent = try FixtureFiles.notebook("seed_percent.py")
        let databricks = try FixtureFiles.notebook("seed_databricks.py")
        let code = { (nb: Notebook) in nb.cells.filter { $0.kind == .code }.map(\.source) }
        #expect(code(ipynb).count == 4)
        #expect(code(percent) == code(ipynb))
        #expect(code(databricks) == code(ipynb))
        #expect(percent.cells.map(\.source) == ipynb.cells.map(\.source))
        #expect(databricks.cells.map(\.kind) == ipynb.cells.map(\.kind))
        #expect(code(ipynb)[2].contains("\"data/big_events_50k.csv\""))
        #expect(ipynb.cells[0].source.contains("⚖️ Dynamic Resource Allocation"))
    }

    @Test(arguments: NotebookFormat.allCases)
    func everyFormatRoundTripsTheSeed(format: NotebookFormat) throws {
        let seed = try FixtureFiles.notebook("seed.ipynb")
        let reread = try format.read(format.write(seed))
        #expect(reread.cells.map(\.source) == seed.cells.map(\.source))
        #expect(reread.cells.map(\.kind) == seed.cells.map(\.kind))
        #expect(format.write(reread) == format.write(seed))
    }
}
