import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct IpynbWriterTests {
    /// The fixture was written by `nbformat.write` (tools/notebook/write_reference_fixtures.py).
    @Test func rewritingAnNbformatFileIsByteIdentical() throws {
        let original = try FixtureFiles.text("nbformat_written.ipynb")
        let notebook = try IpynbReader.read(Data(original.utf8))
        #expect(IpynbWriter.write(notebook) == original)
    }

    @Test func seedNotebookIsByteIdentical() throws {
        let original = try FixtureFiles.text("seed.ipynb")
        #expect(IpynbWriter.write(try IpynbReader.read(Data(original.utf8))) == original)
    }

    @Test func papermillOutputIsByteIdentical() throws {
        let original = try FixtureFiles.text("params_papermill.ipynb")
        // papermill saves with nbformat.writes, which (unlike nbformat.write) adds no final newline.
        #expect(IpynbWriter.write(try IpynbReader.read(Data(original.utf8))) == original + "\n")
    }

    @Test func writesSourceAsLinesAndDropsTransientMetadata() throws {
        var cell = Cell.code("a\nb\n", id: "c1")
        cell.metadata["trusted"] = true
        let notebook = Notebook(cells: [cell], metadata: ["signature": "x", "k": 1])
        let json = try JSONParser.parse(IpynbWriter.write(notebook))
        #expect(json["cells"]?.arrayValue?.first?["source"] == ["a\n", "b\n"])
        #expect(json["cells"]?.arrayValue?.first?["metadata"] == .emptyObject)
        #expect(json["metadata"] == ["k": 1])
    }

    @Test func roundTripKeepsTheModel() throws {
        var notebook = Notebook(cells: [
            Cell.markdown("# T", id: "m"),
            Cell(id: "c", kind: .code, source: "print(1)", metadata: ["z": ["y": 1]], executionCount: 1,
                 outputs: [.stdout("1\n"), .displayData(data: MimeBundle(["text/plain": "x", "text/html": "<b>x</b>"]), metadata: [:])]),
            Cell(id: "r", kind: .raw, source: "raw", attachments: ["a.png": ["image/png": "AAAA"]]),
        ], metadata: Notebook.python3Metadata)
        notebook.cells[1].addTag("t")
        let reread = try IpynbReader.read(Data(IpynbWriter.write(notebook).utf8))
        #expect(reread == notebook)
    }
}
