import Foundation
import Testing
@testable import SparkbookNotebook

@Suite struct CellExecutionStampsTests {
    let start = Date(timeIntervalSince1970: 1_714_933_224.5)

    @Test func runningThenFinishedRecordsPapermillAndNbclientMetadata() {
        var cell = Cell.code("x = 1", id: "a")
        cell.markRunning(at: start)
        #expect(cell.runStatus == .running)
        #expect(cell.metadata["papermill"]?["start_time"] == "2024-05-05T18:20:24.500000+00:00")
        #expect(cell.metadata["papermill"]?["exception"] == false)
        #expect(cell.metadata["execution"]?["iopub.execute_input"] == "2024-05-05T18:20:24.500000Z")

        cell.markFinished(at: start.addingTimeInterval(2.25), status: .completed)
        #expect(cell.runStatus == .completed)
        #expect(cell.metadata["papermill"]?["duration"] == 2.25)
        #expect(cell.metadata["papermill"]?["end_time"] == "2024-05-05T18:20:26.750000+00:00")
        #expect(cell.metadata["execution"]?["shell.execute_reply"] == "2024-05-05T18:20:26.750000Z")
        #expect(cell.metadata["execution"]?.objectValue?.count == 4)
    }

    @Test func failedCellsRecordTheException() {
        var cell = Cell.code("1/0")
        cell.markRunning(at: start)
        cell.markFinished(at: start, status: .failed)
        #expect(cell.metadata["papermill"]?["exception"] == true)
        #expect(cell.metadata["papermill"]?["status"] == "failed")
        #expect(cell.metadata["papermill"]?["duration"] == 0.0)
    }

    @Test func notebookRunResetsCellsAndRecordsTotals() {
        var cell = Cell.code("x", id: "a")
        cell.executionCount = 4
        cell.outputs = [.stdout("old")]
        var notebook = Notebook(cells: [cell, Cell.markdown("m", id: "b")])
        notebook.markRunStarted(at: start, inputPath: "in.ipynb", outputPath: "out.ipynb")
        #expect(notebook.cells[0].outputs.isEmpty && notebook.cells[0].executionCount == nil)
        #expect(notebook.cells.allSatisfy { $0.runStatus == .pending })
        #expect(notebook.metadata["papermill"]?["input_path"] == "in.ipynb")
        notebook.markRunFinished(at: start.addingTimeInterval(10), failed: true)
        #expect(notebook.metadata["papermill"]?["duration"] == 10.0)
        #expect(notebook.metadata["papermill"]?["exception"] == true)
    }

    @Test func stampedNotebookSurvivesIpynbRoundTrip() throws {
        var cell = Cell.code("x", id: "a")
        cell.markRunning(at: start)
        cell.markFinished(at: start.addingTimeInterval(0.123456), status: .completed)
        let notebook = Notebook(cells: [cell])
        #expect(try IpynbReader.read(Data(IpynbWriter.write(notebook).utf8)) == notebook)
    }
}
