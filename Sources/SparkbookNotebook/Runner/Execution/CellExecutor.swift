import SparkbookInterpreter
import SparkbookPlugins

/// What runs one cell's code: Sparkbook's embedded interpreter, or a real PySpark driver (`--engine spark`).
/// The runner keeps everything else (outputs on the cell, saves, parameters, progress, stopping on the first
/// error), so `run`, `walk` and the REPL's `:load` behave the same on either engine.
public protocol CellExecutor: AnyObject {
    /// Runs `source` (`language` nil or `python`: Python; `sql`: a `%sql` cell); what it prints and displays goes
    /// to `sink` as it happens, its value (`Out[n]`) or its error comes back.
    func execute(_ source: CellSource, language: String?, sink: any OutputSink) async -> CellExecution
    /// Notes for the user gathered while cells ran (a setting with no effect), for stderr.
    func drainNotices() -> [String]
}

/// How a cell ended.
public enum CellExecution: Sendable, Equatable {
    /// The cell ran; its value rendered for `Out[n]`, nil when there is none.
    case completed(RichOutput?)
    case failed(CellFailure)
}

/// A failed cell as notebooks record it (`ename`, `evalue`, `traceback` lines) and as the terminal shows it.
public struct CellFailure: Sendable, Equatable {
    public var ename: String
    public var evalue: String
    public var traceback: [String]
    /// The text printed live on stderr (may carry colour; the saved notebook never does).
    public var live: String

    public init(ename: String, evalue: String, traceback: [String], live: String? = nil) {
        self.ename = ename
        self.evalue = evalue
        self.traceback = traceback
        self.live = live ?? traceback.joined(separator: "\n")
    }
}
