import Testing
@testable import SparkbookNotebook

@Suite struct NotebookTests {
    @Test func findsTaggedCellsAndCodeCells() {
        let notebook = Notebook(cells: [Cell.markdown("m"), Cell.code("a"), Cell.code("p", tags: ["parameters"])])
        #expect(notebook.firstIndex(taggedWith: "parameters") == 2)
        #expect(notebook.firstIndex(taggedWith: "missing") == nil)
        #expect(notebook.codeCells.map(\.index) == [1, 2])
    }

    @Test func ensureCellIDsFillsMissingIds() {
        var notebook = Notebook(cells: [Cell.code("a"), Cell.code("a")])
        notebook.ensureCellIDs()
        #expect(notebook.cells.allSatisfy { CellID.isValid($0.id) })
        #expect(notebook.cells[0].id != notebook.cells[1].id)
    }
}
