import SparkbookInterpreter

/// Follows a run as it happens: the terminal prints outputs live and progress on stderr; tests record.
public protocol RunObserver: AnyObject {
    func runStarted(codeCells: Int)
    func cellStarted(_ position: CellPosition, source: String)
    func cellOutput(_ output: LiveOutput, from position: CellPosition)
    func cellFinished(_ position: CellPosition, seconds: Double, failed: Bool)
    /// A note for the user (a setting that has no effect, a skipped cell), for stderr.
    func notice(_ text: String)
}

/// Where a cell sits: its index in the notebook and its place among the code cells that run.
public struct CellPosition: Sendable, Equatable {
    /// 1-based index among all cells, as errors report it (`file:cell:line:col`).
    public var cellNumber: Int
    /// 1-based index among the code cells to run, and their count (`[2/4]`).
    public var step: Int
    public var steps: Int
}

/// One piece of output as it appears.
public enum LiveOutput: Sendable, Equatable {
    case stream(OutputStream, String)
    case display(RichOutput)
    /// The cell's value (`Out[n]`).
    case result(RichOutput, executionCount: Int)
    /// The cell failed: the rendered diagnostic.
    case error(String)
}
