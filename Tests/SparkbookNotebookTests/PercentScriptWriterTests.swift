import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct PercentScriptWriterTests {
    /// jupytext wrote seed_percent.py from seed.ipynb; our writer must produce the same cells and
    /// text (jupytext also writes its own `text_representation` header, which we leave out).
    @Test func matchesJupytextOutputForTheSeed() throws {
        let jupytextText = try FixtureFiles.text("seed_percent.py")
        var notebook = try FixtureFiles.notebook("seed.ipynb")
        notebook.metadata["jupytext"] = PercentScriptReader.read(jupytextText).metadata["jupytext"]
        #expect(PercentScriptWriter.write(notebook) == jupytextText)
    }

    @Test func roundTripKeepsCellsTagsAndTitles() {
        var code = Cell.code("%sql\nSELECT 1\n# %d items", id: "a", tags: ["parameters"])
        code.title = "Query"
        var notebook = Notebook(cells: [
            Cell.markdown("# Title\n\ntext", id: "b"), code, Cell(id: "c", kind: .raw, source: "r\n\nr2"), Cell.code("", id: "d"),
        ])
        notebook.metadata = ["kernelspec": ["display_name": "Python 3", "language": "python", "name": "python3"]]
        let text = PercentScriptWriter.write(notebook)
        let reread = PercentScriptReader.read(text)
        #expect(reread.cells.map(\.kind) == notebook.cells.map(\.kind))
        #expect(reread.cells.map(\.source) == notebook.cells.map(\.source))
        #expect(reread.cells.map(\.metadata) == notebook.cells.map(\.metadata))
        #expect(reread.metadata == notebook.metadata)
        #expect(text.contains("# %% Query tags=[\"parameters\"]\n# %sql\nSELECT 1\n# # %d items\n"))
    }

    @Test func leavesOutRunMetadata() {
        var cell = Cell.code("x", id: "a")
        cell.markRunning(at: Date(timeIntervalSince1970: 0))
        #expect(PercentScriptWriter.write(Notebook(cells: [cell])) == "# %%\nx\n")
    }

    /// As jupytext writes a `%%sql` cell: the language as a marker option, the SQL commented out.
    @Test func aLanguageCellMagicIsWrittenAsJupytextWritesIt() {
        var sql = Cell.code("%%sql --limit 5\nSELECT 1;\n\nSELECT 2")
        sql.tags = ["a"]
        let notebook = Notebook(cells: [sql, Cell.code("%sql SELECT 3")])
        let text = PercentScriptWriter.write(notebook)
        #expect(text == """
            # %% tags=["a"] magic_args="--limit 5" language="sql"
            # SELECT 1;
            #
            # SELECT 2

            # %%
            # %sql SELECT 3

            """)
        #expect(PercentScriptReader.read(text).cells.map(\.source) == notebook.cells.map(\.source))
    }
}
