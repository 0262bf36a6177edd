import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct ParameterInjectorTests {
    /// The same arguments tools/notebook/write_reference_fixtures.py passed to `papermill --prepare-only`.
    static let parameters: [Parameter] = [
        .typed("alpha", "0.5"), .typed("count", "7"), .typed("big", "123456789012345678901234567890"),
        .typed("flag", "True"), .typed("nothing", "None"), .typed("name", "it's \"q\" é ✅\\n"),
        .typed("exp", "1e-7"), .typed("inf", "-inf"), .typed("under", "1_000"), .raw("raw", "42"),
    ]

    @Test func firstRunMatchesPapermill() throws {
        var notebook = try FixtureFiles.notebook("params_input.ipynb")
        let papermill = try FixtureFiles.notebook("params_papermill.ipynb")
        let index = ParameterInjector.inject(Self.parameters, into: &notebook)
        #expect(index == 2)
        #expect(notebook.cells.count == papermill.cells.count)
        #expect(notebook.cells[2].source == papermill.cells[2].source)
        #expect(notebook.cells[2].tags == ["injected-parameters"])
        #expect(notebook.cells.map(\.kind) == papermill.cells.map(\.kind))
        #expect(notebook.metadata["papermill"]?["parameters"]?["count"] == 7)
    }

    @Test func reRunReplacesTheInjectedCell() throws {
        var notebook = try FixtureFiles.notebook("params_papermill.ipynb")
        let rerun = try FixtureFiles.notebook("params_papermill_rerun.ipynb")
        ParameterInjector.inject([.typed("alpha", "2")], into: &notebook)
        #expect(notebook.cells.count == rerun.cells.count)
        #expect(notebook.cells.filter { $0.hasTag("injected-parameters") }.count == 1)
        #expect(notebook.cells[2].source == "# Parameters\nalpha = 2\n")
        ParameterInjector.inject(Self.parameters, into: &notebook)
        #expect(notebook.cells[2].source == rerun.cells[2].source)
    }

    @Test func withoutAParametersCellInjectsAtTheTop() throws {
        var notebook = try FixtureFiles.notebook("params_none_input.ipynb")
        let papermill = try FixtureFiles.notebook("params_none_papermill.ipynb")
        #expect(ParameterInjector.inject(Self.parameters, into: &notebook) == 0)
        #expect(notebook.cells.map(\.source) == papermill.cells.map(\.source))
        #expect(notebook.cells[0].id == "injected-parameters")
    }

    @Test func noParametersLeavesTheNotebookAlone() throws {
        var notebook = try FixtureFiles.notebook("params_input.ipynb")
        let before = notebook
        #expect(ParameterInjector.inject([], into: &notebook) == nil)
        #expect(notebook == before)
    }

    @Test func reportsInvalidNames() {
        #expect(ParameterInjector.invalidNames(in: [.typed("ok", "1"), .typed("not ok", "1")]) == ["not ok"])
    }
}
