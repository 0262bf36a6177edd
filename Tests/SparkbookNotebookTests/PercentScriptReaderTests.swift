import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct PercentScriptReaderTests {
    /// The same file read by jupytext (`jupytext --to ipynb`): our cells must agree on kind, source,
    /// tags, title and the other marker options (jupytext's own layout keys aside).
    @Test func agreesWithJupytextOnTheFullGrammar() throws {
        let ours = PercentScriptReader.read(try FixtureFiles.text("percent_grammar.py"))
        let theirs = try FixtureFiles.notebook("percent_grammar.jupytext.ipynb")
        #expect(ours.cells.count == theirs.cells.count)
        let jupytextLayoutKeys: Set = ["lines_to_next_cell", "region_name"]
        for (mine, reference) in zip(ours.cells, theirs.cells) {
            #expect(mine.kind == reference.kind)
            #expect(mine.source == reference.source)
            var expected = reference.metadata
            for key in jupytextLayoutKeys { expected[key] = nil }
            #expect(mine.metadata == expected)
        }
    }

    @Test func reportsTheFileLineWhereEachCellStarts() throws {
        let notebook = PercentScriptReader.read(try FixtureFiles.text("percent_grammar.py"))
        #expect(notebook.cells.map(\.sourceLine) == [2, 7, 10, 15, 18, 21, 23])
    }

    @Test func jupytextHeaderBecomesNotebookMetadata() throws {
        let notebook = PercentScriptReader.read(try FixtureFiles.text("seed_percent.py"))
        #expect(notebook.metadata["kernelspec"]?["name"] == "python3")
        #expect(notebook.metadata["jupytext"]?["text_representation"]?["format_version"] == "1.3")
        #expect(notebook.cells.first?.kind == .markdown)
    }

    @Test func otherHeadersAreKeptAsARawCell() {
        let notebook = PercentScriptReader.read("# ---\n# title: Report\n# ---\n\n# %%\nx = 1\n")
        #expect(notebook.cells.map(\.kind) == [.raw, .code])
        #expect(notebook.cells[0].source == "---\ntitle: Report\n---")
        #expect(notebook.metadata.isEmpty)
    }

    @Test func textBeforeTheFirstMarkerIsACodeCell() {
        let notebook = PercentScriptReader.read("import os\n\n# %% [markdown]\n# Hi\n")
        #expect(notebook.cells.map(\.kind) == [.code, .markdown])
        #expect(notebook.cells[0].source == "import os")
        #expect(notebook.cells[0].sourceLine == 1)
    }

    @Test func trailingBlankLinesSeparateCells() {
        let notebook = PercentScriptReader.read("# %%\nx = 1\n\n\n# %%\n\ny = 2\n")
        #expect(notebook.cells.map(\.source) == ["x = 1", "\ny = 2"])
    }

    /// jupytext keeps a `%%sql` cell as `language="sql"` with its lines commented out (jupytext 1.19 wrote this
    /// text from an .ipynb, and reads it back to the `%%sql` line and the SQL).
    @Test func aLanguageOptionBecomesTheCellMagicAgain() {
        let text = """
            # %% tags=["a"] magic_args="--limit 5" language="sql"
            # SELECT * FROM t;
            #
            # SELECT id * 2 AS d FROM t

            # %% language="python"
            x = 1
            """
        let notebook = PercentScriptReader.read(text)
        #expect(notebook.cells.map(\.source) == ["%%sql --limit 5\nSELECT * FROM t;\n\nSELECT id * 2 AS d FROM t",
                                                 "%%python\nx = 1"])
        #expect(notebook.cells[0].metadata == ["tags": .array([.string("a")])])
        #expect(notebook.cells[0].language == "sql")
    }
}
