import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct DatabricksSourceReaderTests {
    static let sample = """
        # Databricks notebook source
        # DBTITLE 1,Setup
        x = 1

        # COMMAND ----------

        # MAGIC %md
        # MAGIC ## Heading
        # MAGIC
        # MAGIC text

        # COMMAND ----------

        # MAGIC %sql
        # MAGIC SELECT *
        # MAGIC FROM t

        # COMMAND ----------

        # MAGIC %run ./other

        # COMMAND ----------

        # MAGIC %sh ls

        """

    @Test func readsCellsKindsLanguagesAndTitles() throws {
        let notebook = try DatabricksSourceReader.read(Self.sample)
        #expect(notebook.cells.map(\.kind) == [.code, .markdown, .code, .code, .code])
        #expect(notebook.cells.map(\.source) == ["x = 1", "## Heading\n\ntext", "%sql\nSELECT *\nFROM t", "%run ./other", "%sh ls"])
        #expect(notebook.cells.map(\.language) == [nil, nil, "sql", "run", "sh"])
        #expect(notebook.cells[0].title == "Setup")
        #expect(notebook.cells[3].magic?.argument == "./other")
    }

    @Test func reportsTheFileLineWhereEachCellStarts() throws {
        let notebook = try DatabricksSourceReader.read(Self.sample)
        #expect(notebook.cells.map(\.sourceLine) == [3, 8, 14, 20, 24])
    }

    @Test func requiresTheHeaderLine() {
        #expect(throws: NotebookFormatError.self) { try DatabricksSourceReader.read("x = 1\n", path: "a.py") }
        do {
            _ = try DatabricksSourceReader.read("x = 1\n", path: "a.py")
        } catch {
            #expect(error.path == "a.py" && error.line == 1)
        }
    }

    /// A SQL notebook's export: `--` comments, its plain cells SQL, `-- MAGIC` lines for other languages.
    @Test func aSQLNotebookReadsItsCellsAsSQLCells() throws {
        let text = """
            -- Databricks notebook source
            SELECT 1;
            SELECT 2

            -- COMMAND ----------

            -- MAGIC %python
            -- MAGIC x = 1
            """
        #expect(NotebookFormat.detect(path: "nb.sql", content: text) == .databricksPython)
        let notebook = try DatabricksSourceReader.read(text)
        #expect(notebook.cells.map(\.source) == ["%sql\nSELECT 1;\nSELECT 2", "%python\nx = 1"])
        #expect(notebook.cells.map(\.language) == ["sql", nil])
        #expect(notebook.cells.map(\.sourceLine) == [1, 7])
    }

    @Test func dashDashMagicLinesAreReadInAPythonNotebookToo() throws {
        let notebook = try DatabricksSourceReader.read("# Databricks notebook source\n-- MAGIC %sql\n-- MAGIC SELECT 1\n")
        #expect(notebook.cells.map(\.source) == ["%sql\nSELECT 1"])
    }
}
