import Foundation

/// Where a cell is in a run, as papermill records it in `metadata.papermill.status`.
public enum CellRunStatus: String, Sendable {
    case pending, running, completed, failed
}

/// Execution metadata stamped the way papermill and nbclient do, so tools that read executed
/// notebooks (papermill's report, nbviewer, scrapbook) understand ours:
/// `metadata.execution` holds nbclient's `iopub.*`/`shell.execute_reply` times and
/// `metadata.papermill` holds `start_time`, `end_time`, `duration`, `status`, `exception`.
extension Cell {
    /// Before a run: clears papermill timing, sets status `pending`; a code cell loses its outputs
    /// and execution count (papermill's `notebook_start`).
    public mutating func markPending() {
        metadata["papermill"] = [
            "exception": .null, "start_time": .null, "end_time": .null, "duration": .null,
            "status": .string(CellRunStatus.pending.rawValue),
        ]
        metadata["execution"] = nil
        if kind == .code {
            executionCount = nil
            outputs = []
        }
    }

    /// The cell starts running at `date`.
    public mutating func markRunning(at date: Date) {
        var papermill = metadata["papermill"]?.objectValue ?? [:]
        papermill["start_time"] = .string(ExecutionTimestamp.papermill(date))
        papermill["status"] = .string(CellRunStatus.running.rawValue)
        papermill["exception"] = .bool(false)
        metadata["papermill"] = .object(papermill)

        let stamp = JSONValue.string(ExecutionTimestamp.nbclient(date))
        metadata["execution"] = ["iopub.status.busy": stamp, "iopub.execute_input": stamp]
    }

    /// The cell finished at `date`, successfully (`.completed`) or not (`.failed`);
    /// `duration` is measured from the recorded start time.
    public mutating func markFinished(at date: Date, status: CellRunStatus) {
        var papermill = metadata["papermill"]?.objectValue ?? [:]
        papermill["end_time"] = .string(ExecutionTimestamp.papermill(date))
        if let started = papermill["start_time"]?.stringValue.flatMap(ExecutionTimestamp.parse) {
            papermill["duration"] = .double(ExecutionTimestamp.duration(from: started, to: date))
        }
        papermill["status"] = .string(status.rawValue)
        papermill["exception"] = .bool(status == .failed)
        metadata["papermill"] = .object(papermill)

        var execution = metadata["execution"]?.objectValue ?? [:]
        let stamp = JSONValue.string(ExecutionTimestamp.nbclient(date))
        execution["shell.execute_reply"] = stamp
        execution["iopub.status.idle"] = stamp
        metadata["execution"] = .object(execution)
    }

    /// The status recorded by the last stamp, if any.
    public var runStatus: CellRunStatus? {
        metadata["papermill"]?["status"]?.stringValue.flatMap(CellRunStatus.init(rawValue:))
    }
}

extension Notebook {
    /// Starts a run (papermill's `notebook_start`): notebook-level times reset, every cell pending.
    public mutating func markRunStarted(at date: Date, inputPath: String? = nil, outputPath: String? = nil) {
        var papermill = metadata["papermill"]?.objectValue ?? [:]
        papermill["start_time"] = .string(ExecutionTimestamp.papermill(date))
        papermill["end_time"] = .null
        papermill["duration"] = .null
        papermill["exception"] = .null
        if let inputPath { papermill["input_path"] = .string(inputPath) }
        if let outputPath { papermill["output_path"] = .string(outputPath) }
        metadata["papermill"] = .object(papermill)
        for index in cells.indices { cells[index].markPending() }
    }

    /// Ends a run (papermill's `notebook_complete`): records end time, duration and whether a cell failed.
    public mutating func markRunFinished(at date: Date, failed: Bool) {
        var papermill = metadata["papermill"]?.objectValue ?? [:]
        papermill["end_time"] = .string(ExecutionTimestamp.papermill(date))
        if let started = papermill["start_time"]?.stringValue.flatMap(ExecutionTimestamp.parse) {
            papermill["duration"] = .double(ExecutionTimestamp.duration(from: started, to: date))
        }
        papermill["exception"] = failed ? .bool(true) : .null
        metadata["papermill"] = .object(papermill)
    }
}
