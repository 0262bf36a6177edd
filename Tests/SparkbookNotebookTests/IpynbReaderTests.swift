import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct IpynbReaderTests {
    @Test func readsSourceAsStringOrLines() throws {
        let text = #"""
            {"cells": [
              {"cell_type": "code", "id": "a", "metadata": {}, "source": ["x = 1\n", "y = 2"], "execution_count": 4, "outputs": []},
              {"cell_type": "markdown", "id": "b", "metadata": {"tags": ["t"]}, "source": "# hi\nthere"}
            ], "metadata": {"z": 1, "a": 2}, "nbformat": 4, "nbformat_minor": 5}
            """#
        let notebook = try IpynbReader.read(Data(text.utf8), path: "n.ipynb")
        #expect(notebook.cells.map(\.source) == ["x = 1\ny = 2", "# hi\nthere"])
        #expect(notebook.cells[0].executionCount == 4)
        #expect(notebook.cells[1].tags == ["t"])
        #expect(notebook.metadata.keys == ["z", "a"])
        #expect(notebook.cells.map(\.sourceLine) == [nil, nil])
    }

    @Test func upgradesOlderMinorVersionsAddingStableIds() throws {
        let text = #"{"cells": [{"cell_type": "code", "metadata": {}, "source": "x", "execution_count": null, "outputs": []}], "metadata": {}, "nbformat": 4, "nbformat_minor": 2}"#
        let first = try IpynbReader.read(Data(text.utf8))
        let second = try IpynbReader.read(Data(text.utf8))
        #expect(first.nbformatMinor == 5)
        #expect(CellID.isValid(first.cells[0].id))
        #expect(first.cells[0].id == second.cells[0].id)
    }

    @Test func readsEveryOutputType() throws {
        let notebook = try FixtureFiles.notebook("nbformat_written.ipynb")
        let outputs = notebook.cells[1].outputs
        #expect(outputs.map(\.outputType) == ["stream", "execute_result", "display_data", "error"])
        #expect(outputs[0] == .stdout("1\n2\n"))
        guard case .executeResult(let count, let data, let metadata) = outputs[1] else {
            Issue.record("expected execute_result")
            return
        }
        #expect(count == 3)
        #expect(data.text("text/plain") == "   a\n0  1")
        #expect(data["application/json"] == .json(["k": [1, "two"]]))
        #expect(data.text("image/png") == "iVBORw0KGgo=\n")
        #expect(metadata["isolated"] == true)
        #expect(outputs[3] == .error(ename: "ValueError", evalue: "bad \"value\"", traceback: ["\u{1B}[0;31mValueError\u{1B}[0m", "line 2"]))
    }

    @Test func invalidJSONNamesLineAndColumn() {
        let text = "{\n \"cells\": [\n  {\"cell_type\": \"code\",}\n ]\n}"
        #expect(throws: NotebookFormatError(path: "bad.ipynb", line: 3, column: 24, message: "invalid JSON: expecting a property name in double quotes")) {
            try IpynbReader.read(Data(text.utf8), path: "bad.ipynb")
        }
        let error = NotebookFormatError(path: "bad.ipynb", line: 3, column: 23, message: "m")
        #expect(error.description == "bad.ipynb:3:23: m")
    }

    @Test func structuralErrorsNameTheCell() {
        let text = "{\"cells\": [\n{\"cell_type\": \"code\", \"source\": \"\"},\n{\"cell_type\": \"widget\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}"
        #expect(throws: NotebookFormatError(path: nil, line: 3, message: "cell 2: unknown cell_type \"widget\"")) {
            try IpynbReader.read(Data(text.utf8))
        }
    }

    @Test func rejectsOtherMajorVersions() {
        let text = #"{"worksheets": [], "metadata": {}, "nbformat": 3, "nbformat_minor": 0}"#
        #expect(throws: NotebookFormatError.self) { try IpynbReader.read(Data(text.utf8)) }
    }
}
